/**
 * Splits rows into batches for multi-row INSERTs: PostgreSQL allows at most 65,535 parameters in
 * one statement, and a few thousand rows a statement is already far faster than one row at a time.
 */
export function batches<T>(rows: readonly T[], columns: number, maxParameters = 30_000): T[][] {
  const size = Math.max(1, Math.floor(maxParameters / Math.max(1, columns)));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
