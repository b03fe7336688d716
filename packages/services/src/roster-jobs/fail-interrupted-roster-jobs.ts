import type { Clock } from '@muster/kernel';
import type { Store } from '../ports/store.ts';

/**
 * At start: jobs a stopped process left queued or running can never finish (their search and queue
 * lived in its memory), so they are marked failed with the reason. Returns how many.
 */
export async function failInterruptedRosterJobs(store: Store, clock: Clock): Promise<number> {
  const left = await store.rosterJobs.withStatus(['queued', 'running']);
  const at = clock.now();
  for (const job of left) {
    await store.rosterJobs.update(
      job.id,
      { status: 'failed', progress: { ...job.progress, error: 'The service stopped before the job finished. Maybe start it again.' }, finishedAt: at },
      ['queued', 'running'],
    );
  }
  return left.length;
}
