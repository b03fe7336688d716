/** A field as RFC 4180 writes it: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV text muster's importers read back: the header, one line per row, LF line ends, a final newline. */
export function csvText(header: readonly string[], rows: Iterable<readonly (string | number)[]>): string {
  const lines = [header.join(',')];
  for (const row of rows) lines.push(row.map((value) => csvField(String(value))).join(','));
  return `${lines.join('\n')}\n`;
}
