/** Stable codes of import problems (each explained in docs/errors.md). */
export const IMPORT_ISSUE_CODES = [
  'import.empty-file',
  'import.missing-column',
  'import.unknown-column',
  'import.duplicate-column',
  'import.field-count',
  'import.unclosed-quote',
  'import.missing-value',
  'import.bad-time',
  'import.nonexistent-local-time',
  'import.bad-date',
  'import.bad-number',
  'import.bad-value',
  'import.unknown-time-zone',
  'import.unknown-officer',
  'import.unknown-operation',
  'import.duplicate-id',
  'import.end-not-after-start',
  'import.overlap',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

/** One problem in an input file, pointing at the file, the 1-based line and column, and the field. */
export interface ImportIssue {
  readonly code: ImportIssueCode;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly field?: string;
  readonly message: string;
}

/** Collects issues up to a cap, still counting the ones past it. */
export class IssueCollector {
  readonly issues: ImportIssue[] = [];
  total = 0;
  readonly cap: number;

  constructor(cap = 100) {
    this.cap = cap;
  }

  add(issue: ImportIssue): void {
    this.total++;
    if (this.issues.length < this.cap) this.issues.push(issue);
  }

  get any(): boolean {
    return this.total > 0;
  }

  /** The collected issues in file and line order. */
  sorted(): ImportIssue[] {
    return [...this.issues].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  }
}

/** Import problems, and how many there were in all (the list stops at a cap). */
export interface ImportFailure {
  readonly issues: readonly ImportIssue[];
  readonly total: number;
}

/** `shifts.csv:14:21: start: bad time "x" [import.bad-time]`. */
export function formatImportIssue(issue: ImportIssue): string {
  const field = issue.field ? ` ${issue.field}:` : '';
  return `${issue.file}:${issue.line}:${issue.column}:${field} ${issue.message} [${issue.code}]`;
}
