/** The data a chart plots, as columns and rows: shown by "Show data" and sent by "Download CSV", so both hold exactly what is drawn. */
export interface ChartTable {
  /** Column names as they head the CSV file (snake_case, with units). */
  readonly columns: readonly string[];
  /** Column headings as the table shows them. */
  readonly labels: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/** RFC 4180 CSV: a header line, then one line per row, CRLF; quotes around values that need them; null is empty. */
export function chartCsv(table: ChartTable): string {
  const cell = (value: string | number | null): string => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [table.columns, ...table.rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Saves `text` as a CSV file named `filename`, from the browser (no round trip to the API). */
export function downloadCsv(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
