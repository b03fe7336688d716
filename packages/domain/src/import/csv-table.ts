import { CsvReader, columnOfField } from './csv-reader.ts';
import type { ImportIssueCode, IssueCollector } from './import-issue.ts';

/** The columns a CSV file must and may have. */
export interface CsvColumns<R extends string, O extends string> {
  readonly required: readonly R[];
  readonly optional: readonly O[];
}

/** One data row, with accessors that trim values and report problems against the right column. */
export class CsvRow<C extends string> {
  fields: string[] = [];
  line = 0;
  text = '';
  readonly #index: ReadonlyMap<string, number>;
  readonly #file: string;
  readonly #issues: IssueCollector;

  constructor(index: ReadonlyMap<string, number>, file: string, issues: IssueCollector) {
    this.#index = index;
    this.#file = file;
    this.#issues = issues;
  }

  /** Trimmed value of a column ('' when the column is absent). */
  get(column: C): string {
    const i = this.#index.get(column);
    return i === undefined ? '' : (this.fields[i] ?? '').trim();
  }

  has(column: C): boolean {
    return this.#index.has(column);
  }

  /** Records a problem with a column's value on this row. */
  problem(column: C, code: ImportIssueCode, message: string): void {
    const i = this.#index.get(column) ?? 0;
    this.#issues.add({ code, file: this.#file, line: this.line, column: columnOfField(this.text, i), field: column, message });
  }

  /** Trimmed value, or a `missing-value` problem and undefined when it is empty. */
  required(column: C): string | undefined {
    const value = this.get(column);
    if (value === '') {
      this.problem(column, 'import.missing-value', 'a value is required');
      return undefined;
    }
    return value;
  }
}

/**
 * Reads a CSV file with a header row: checks the header against `columns`, checks every row has
 * as many fields as the header, then hands each row to `onRow`. Feed text with `push`, then `end`.
 */
export class CsvTable<R extends string, O extends string> {
  readonly #file: string;
  readonly #columns: CsvColumns<R, O>;
  readonly #issues: IssueCollector;
  readonly #onRow: (row: CsvRow<R | O>) => void;
  readonly #reader: CsvReader;
  #row: CsvRow<R | O> | undefined;
  #headerSeen = false;
  #headerOk = false;
  #width = 0;

  constructor(file: string, columns: CsvColumns<R, O>, issues: IssueCollector, onRow: (row: CsvRow<R | O>) => void) {
    this.#file = file;
    this.#columns = columns;
    this.#issues = issues;
    this.#onRow = onRow;
    this.#reader = new CsvReader(
      (fields, line, text) => this.#take(fields, line, text),
      (line) => issues.add({ code: 'import.unclosed-quote', file, line, column: 1, message: 'a quoted field is never closed' }),
    );
  }

  push(chunk: string): void {
    this.#reader.push(chunk);
  }

  end(): void {
    this.#reader.end();
    if (!this.#headerSeen) {
      this.#issues.add({
        code: 'import.empty-file',
        file: this.#file,
        line: 1,
        column: 1,
        message: `the file is empty; expected a header row: ${this.#columns.required.join(',')}`,
      });
    }
  }

  #take(fields: string[], line: number, text: string): void {
    if (!this.#headerSeen) {
      this.#headerSeen = true;
      this.#header(fields, line, text);
      return;
    }
    if (!this.#headerOk || !this.#row) return;
    if (fields.length !== this.#width) {
      this.#issues.add({ code: 'import.field-count', file: this.#file, line, column: 1, message: `expected ${this.#width} fields as in the header, found ${fields.length}` });
      return;
    }
    const row = this.#row;
    row.fields = fields;
    row.line = line;
    row.text = text;
    this.#onRow(row);
  }

  #header(fields: string[], line: number, text: string): void {
    const names = fields.map((f) => f.trim().toLowerCase());
    const index = new Map<string, number>();
    const known = new Set<string>([...this.#columns.required, ...this.#columns.optional]);
    let ok = true;
    names.forEach((name, i) => {
      const column = columnOfField(text, i);
      if (index.has(name)) {
        ok = false;
        this.#issues.add({ code: 'import.duplicate-column', file: this.#file, line, column, field: name, message: `column "${name}" appears twice` });
      } else if (!known.has(name)) {
        ok = false;
        this.#issues.add({ code: 'import.unknown-column', file: this.#file, line, column, field: name, message: `unknown column "${name}"; expected ${[...known].join(', ')}` });
      }
      index.set(name, i);
    });
    for (const required of this.#columns.required) {
      if (!index.has(required)) {
        ok = false;
        this.#issues.add({
          code: 'import.missing-column',
          file: this.#file,
          line,
          column: 1,
          field: required,
          message: `the header has no "${required}" column; expected ${this.#columns.required.join(',')}`,
        });
      }
    }
    this.#headerOk = ok;
    this.#width = names.length;
    this.#row = new CsvRow(index, this.#file, this.#issues);
  }
}
