import type { RosterProgress } from '@muster/optimizer';
import type { RosterJob, RosterJobProgress } from '../ports/roster-job-store.ts';
import type { ServiceContext } from '../service-context.ts';
import { loadRosterJobInput } from './load-roster-job-input.ts';
import { rosterJobResult } from './roster-job-result.ts';
import type { RosterJobAbort, RosterJobTask } from './roster-job-runner.ts';

/** Progress is written to the job's row at most this often; polling reads it from memory meanwhile. */
export const PROGRESS_WRITE_MS = 1000;

/** The job's progress from the search's: the share of its time or step budget used. */
export function jobProgress(job: RosterJob, p: RosterProgress): RosterJobProgress {
  const byTime = p.elapsedMs / (job.options.timeLimitSeconds * 1000);
  const bySteps = job.options.stepLimit === undefined ? 0 : p.step / job.options.stepLimit;
  return { fraction: Math.min(1, Math.max(byTime, bySteps)), elapsedMs: Math.round(p.elapsedMs), steps: p.step, best: p.best, uncovered: p.uncovered };
}

/**
 * Runs a queued job: marks it running, reads its input, searches with the context's solver, and
 * stores the outcome — done with the proposal; cancelled with the best roster so far; failed with
 * the reason (a search stopped by the service stopping counts as failed, like one a crash ends).
 */
export function rosterJobTask(ctx: ServiceContext, queued: RosterJob): RosterJobTask {
  return {
    jobId: queued.id,
    unitId: queued.unitId,
    async run(signal, report) {
      const started = await ctx.store.rosterJobs.update(queued.id, { status: 'running' }, ['queued']);
      if (started === undefined) return; // cancelled while it waited
      const id = started.id;
      let progress: RosterJobProgress = started.progress;
      let written = performance.now();
      let writing: Promise<unknown> = Promise.resolve();
      const finish = (status: 'done' | 'cancelled' | 'failed', result?: unknown) =>
        ctx.store.rosterJobs.update(id, { status, progress, ...(result === undefined ? {} : { result }), finishedAt: ctx.clock.now() }, ['running']);
      try {
        const loaded = await loadRosterJobInput(ctx, started);
        const outcome = await ctx.solver.solve(
          loaded.request,
          (p) => {
            progress = jobProgress(started, p);
            report(progress);
            if (performance.now() - written < PROGRESS_WRITE_MS) return;
            written = performance.now();
            const snapshot = progress;
            writing = writing.then(() => ctx.store.rosterJobs.update(id, { progress: snapshot }, ['running'])).catch(() => undefined);
          },
          signal,
        );
        await writing;
        if (signal.aborted && (signal.reason as RosterJobAbort) === 'shutdown') {
          progress = { ...progress, error: 'The service stopped before the job finished.' };
          await finish('failed');
          return;
        }
        const cancelled = signal.aborted;
        const { score, steps, uncovered } = outcome.result;
        progress = {
          ...progress,
          ...(cancelled ? {} : { fraction: 1 }),
          steps,
          best: score,
          uncovered: uncovered.reduce((sum, u) => sum + u.missing, 0),
        };
        await finish(cancelled ? 'cancelled' : 'done', rosterJobResult(outcome, loaded, cancelled));
      } catch (error) {
        await writing;
        const aborted = signal.aborted && (signal.reason as RosterJobAbort) === 'cancel';
        progress = aborted ? progress : { ...progress, error: error instanceof Error ? error.message : String(error) };
        await finish(aborted ? 'cancelled' : 'failed');
      }
    },
  };
}
