import { type Result, err, ok } from '@muster/kernel';
import type { DutyRecord } from '../model/duty-record.ts';
import type { Officer } from '../model/officer.ts';
import type { Operation } from '../model/operation.ts';
import type { OfficerQualification } from '../model/qualification.ts';
import type { Policy } from '../policy/policy.ts';
import { importOfficers } from './import-officers.ts';
import { type ImportFailure, IssueCollector } from './import-issue.ts';
import { importQualifications } from './import-qualifications.ts';
import { importShifts } from './import-shifts.ts';
import { importSleep } from './import-sleep.ts';
import type { SleepInterval } from '@muster/fatigue';
import { parseOperations } from './parse-operations.ts';

/** An input file: its name for messages and its text, in chunks of any size. */
export interface SourceFile {
  readonly file: string;
  readonly chunks: Iterable<string>;
}

export interface DatasetSources {
  readonly shifts: SourceFile;
  readonly officers?: SourceFile;
  readonly qualifications?: SourceFile;
  readonly operations?: SourceFile;
  /** Logged sleep (`sleep.csv`). */
  readonly sleep?: SourceFile;
}

/** An agency's imported data, ready to check. */
export interface Dataset {
  readonly officers?: ReadonlyMap<string, Officer>;
  readonly qualifications: ReadonlyMap<string, readonly OfficerQualification[]>;
  readonly operations: ReadonlyMap<string, Operation>;
  /** Records grouped by officer, each list sorted by start. */
  readonly ledger: ReadonlyMap<string, readonly DutyRecord[]>;
  readonly recordCount: number;
  /** Logged sleep per officer, sorted. */
  readonly sleep: ReadonlyMap<string, readonly SleepInterval[]>;
}

/**
 * Imports the files together, all or nothing: any problem in any file returns every problem found
 * (up to `maxIssues`, with the total) and no data.
 */
export function importDataset(sources: DatasetSources, policy: Policy, maxIssues = 100): Result<Dataset, ImportFailure> {
  const issues = new IssueCollector(maxIssues);
  const seenIds = new Set<string>();
  const officers = sources.officers ? importOfficers(sources.officers.file, sources.officers.chunks, policy.timeZone, issues, seenIds) : undefined;
  const rejectedOfficerIds = new Set([...seenIds].filter((id) => !officers?.has(id)));
  const operations = sources.operations ? parseOperations(sources.operations.file, [...sources.operations.chunks].join(''), policy.timeZone, issues) : new Map<string, Operation>();
  const qualifications = sources.qualifications
    ? importQualifications(sources.qualifications.file, sources.qualifications.chunks, officers, issues, rejectedOfficerIds)
    : new Map();
  const ledger = importShifts(
    sources.shifts.file,
    sources.shifts.chunks,
    { ...(officers ? { officers, rejectedOfficerIds } : {}), ...(sources.operations ? { operations } : {}), defaultZone: policy.timeZone },
    issues,
  );
  const sleep = sources.sleep
    ? importSleep(sources.sleep.file, sources.sleep.chunks, { ...(officers ? { officers, rejectedOfficerIds } : {}), defaultZone: policy.timeZone }, issues)
    : new Map<string, SleepInterval[]>();
  if (issues.any) return err({ issues: issues.sorted(), total: issues.total });
  let recordCount = 0;
  for (const records of ledger.values()) recordCount += records.length;
  return ok({ ...(officers ? { officers } : {}), qualifications, operations, ledger, recordCount, sleep });
}
