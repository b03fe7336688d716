/**
 * A streaming reader of RFC 4180 CSV: fields may be quoted ("a, b", "say ""hi"""), quoted fields
 * may span lines, CRLF or LF line ends, an optional UTF-8 byte-order mark. Text arrives in chunks
 * of any size; each complete record goes to `onRow` with its 1-based line number and raw text.
 */
export class CsvReader {
  readonly #onRow: (fields: string[], line: number, text: string) => void;
  readonly #onUnclosedQuote: (line: number) => void;
  #pending = '';
  #line = 0;
  #first = true;
  #record = '';
  #recordLine = 0;

  constructor(onRow: (fields: string[], line: number, text: string) => void, onUnclosedQuote: (line: number) => void) {
    this.#onRow = onRow;
    this.#onUnclosedQuote = onUnclosedQuote;
  }

  push(chunk: string): void {
    let text = this.#pending + chunk;
    if (this.#first) {
      if (text.length === 0) return;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.#first = false;
    }
    let from = 0;
    for (;;) {
      const newline = text.indexOf('\n', from);
      if (newline < 0) break;
      const end = newline > from && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      this.#takeLine(text.slice(from, end));
      from = newline + 1;
    }
    this.#pending = text.slice(from);
  }

  /** Flushes the last line; reports a quote still open at the end of the input. */
  end(): void {
    if (this.#pending.length > 0) {
      const last = this.#pending.endsWith('\r') ? this.#pending.slice(0, -1) : this.#pending;
      this.#pending = '';
      this.#takeLine(last);
    }
    if (this.#record.length > 0 || this.#recordLine > 0) {
      this.#onUnclosedQuote(this.#recordLine);
      this.#record = '';
      this.#recordLine = 0;
    }
  }

  #takeLine(lineText: string): void {
    this.#line++;
    if (this.#recordLine > 0) {
      // Inside a quoted field that spans lines.
      this.#record += `\n${lineText}`;
      const fields = splitQuoted(this.#record);
      if (fields) {
        const line = this.#recordLine;
        const text = this.#record;
        this.#record = '';
        this.#recordLine = 0;
        this.#onRow(fields, line, text);
      }
      return;
    }
    if (lineText.length === 0) return; // blank lines carry no record
    if (lineText.indexOf('"') < 0) {
      this.#onRow(lineText.split(','), this.#line, lineText);
      return;
    }
    const fields = splitQuoted(lineText);
    if (fields) this.#onRow(fields, this.#line, lineText);
    else {
      this.#record = lineText;
      this.#recordLine = this.#line;
    }
  }
}

/** Splits a record with quotes; `undefined` while a quote is still open. */
function splitQuoted(text: string): string[] | undefined {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) return undefined;
  fields.push(field);
  return fields;
}

/** 1-based character column at which field `index` starts in a record's raw text. */
export function columnOfField(text: string, index: number): number {
  let field = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (field === index) return i + 1;
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) field++;
  }
  return field === index ? text.length + 1 : 1;
}
