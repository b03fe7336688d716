import { downloadFile } from '../../components/download-file.ts';

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

/** Saves the table as a CSV file named `filename`, from the browser (no round trip to the API). */
export function downloadChartCsv(filename: string, table: ChartTable): void {
  downloadFile(filename, new Blob([chartCsv(table)], { type: 'text/csv;charset=utf-8' }));
}
