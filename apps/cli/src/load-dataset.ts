import { AppError, readIsoDate } from '@muster/kernel';
import { DEFAULT_POLICY, type Dataset, type Policy, formatImportIssue, importDataset, parsePolicy } from '@muster/domain';
import { readText, sourceFile } from './input-files.ts';

export interface DataOptions {
  /** Absent: no existing records (a roster built from nothing). */
  shifts?: string;
  officers?: string;
  qualifications?: string;
  operations?: string;
  sleep?: string;
  policy?: string;
}

/** Reads the policy file (or the built-in default); errors name the file, line and key. */
export function loadPolicy(path: string | undefined): Policy {
  if (!path) return DEFAULT_POLICY;
  const parsed = parsePolicy(readText(path));
  if (parsed.ok) return parsed.value;
  const lines = parsed.error.map((issue) => `${path}${issue.line ? `:${issue.line}:${issue.column}` : ''}: ${issue.key ? `${issue.key}: ` : ''}${issue.message} [${issue.code}]`);
  throw new AppError('policy.invalid', `the policy is not valid; nothing was checked:\n${lines.join('\n')}`, { issues: parsed.error });
}

/** Imports the data files atomically; on any problem throws one error listing them all. */
export function loadDataset(options: DataOptions, policy: Policy): Dataset {
  const result = importDataset(
    {
      shifts: options.shifts ? sourceFile(options.shifts) : { file: 'shifts.csv', chunks: ['officer_id,start,end,kind\n'] },
      ...(options.officers ? { officers: sourceFile(options.officers) } : {}),
      ...(options.qualifications ? { qualifications: sourceFile(options.qualifications) } : {}),
      ...(options.operations ? { operations: sourceFile(options.operations) } : {}),
      ...(options.sleep ? { sleep: sourceFile(options.sleep) } : {}),
    },
    policy,
  );
  if (result.ok) return result.value;
  const { issues, total } = result.error;
  const more = total > issues.length ? `\n… and ${total - issues.length} more problems (${total} in all)` : '';
  throw new AppError('import.invalid', `the input has ${total} problem${total === 1 ? '' : 's'}; nothing was imported:\n${issues.map(formatImportIssue).join('\n')}${more}`, {
    issues,
    total,
  });
}

/** Parses `--from`/`--to` dates (YYYY-MM-DD). */
export function parseRange(from: string | undefined, to: string | undefined): { from?: number; to?: number } {
  const day = (text: string | undefined, flag: string): number | undefined => {
    if (text === undefined) return undefined;
    const value = readIsoDate(text);
    if (typeof value !== 'number') throw new AppError('usage.bad-date', `${flag} expects a date YYYY-MM-DD, got "${text}"`);
    return value;
  };
  const range = { from: day(from, '--from'), to: day(to, '--to') };
  if (range.from !== undefined && range.to !== undefined && range.to < range.from) {
    throw new AppError('usage.bad-range', `--to ${to} is before --from ${from}`);
  }
  return { ...(range.from === undefined ? {} : { from: range.from }), ...(range.to === undefined ? {} : { to: range.to }) };
}
