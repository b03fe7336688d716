import { formatDay } from '@muster/kernel';
import type { RosterJob, RosterJobProgress } from '../ports/roster-job-store.ts';
import type { RosterJobResult } from './roster-job-result.ts';

/** A job as the wire shows it: its result without the accept's internal basis. */
export function rosterJobDto(job: RosterJob, liveProgress?: RosterJobProgress) {
  const stored = job.result as RosterJobResult | undefined;
  const result = stored === undefined ? undefined : (({ basis: _basis, ...shown }) => shown)(stored);
  return {
    id: job.id,
    unitId: job.unitId,
    from: formatDay(job.from),
    to: formatDay(job.to),
    status: job.status,
    options: job.options,
    progress: liveProgress ?? job.progress,
    createdBy: job.createdBy,
    createdAt: new Date(job.createdAt).toISOString(),
    ...(job.finishedAt === undefined ? {} : { finishedAt: new Date(job.finishedAt).toISOString() }),
    ...(result === undefined ? {} : { result }),
  };
}

export type RosterJobDto = ReturnType<typeof rosterJobDto>;
