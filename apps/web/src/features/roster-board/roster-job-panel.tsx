import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import type { RosterJob, Unit } from '../../api-client/wire-types.ts';
import { addDays, today } from '../../components/local-day.ts';
import { useSession } from '../sign-in/session.ts';
import type { BoardRow } from './board-cells.ts';
import { type RowOverlay, rosterJobOverlays } from './roster-job-overlay.ts';

const RUNNING: ReadonlySet<RosterJob['status']> = new Set(['queued', 'running']);
const TIME_LIMITS = [5, 10, 30, 60] as const;

/**
 * Runs the optimizer for a range of the unit's days: a progress bar while it searches, then what its
 * roster would change — drawn over the board (`onPreview`) and listed here — to accept as drafts or
 * discard. A search still running or undecided from earlier (another tab, a reload) is picked up.
 */
export function RosterJobPanel({
  unit,
  rows,
  boardFrom,
  boardTo,
  onPreview,
  onClose,
}: {
  unit: Unit;
  rows: readonly BoardRow[];
  boardFrom: string;
  boardTo: string;
  onPreview(overlays: Map<string, RowOverlay> | undefined): void;
  onClose(): void;
}) {
  const { api } = useSession();
  const queryClient = useQueryClient();
  const firstDay = today(unit.timeZone);
  const [from, setFrom] = useState(boardFrom < firstDay ? firstDay : boardFrom);
  const [to, setTo] = useState(boardTo < firstDay ? addDays(firstDay, 6) : boardTo);
  const [timeLimit, setTimeLimit] = useState<number>(10);
  const [jobId, setJobId] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const latest = useQuery({
    queryKey: ['roster-jobs', unit.id],
    enabled: jobId === undefined,
    queryFn: () => api.get<{ items: RosterJob[] }>(`/api/roster-jobs?unit=${encodeURIComponent(unit.id)}&limit=1`),
  });
  const pending = latest.data?.items[0];
  const resumable = pending !== undefined && (RUNNING.has(pending.status) || pending.status === 'done' || (pending.status === 'cancelled' && pending.finishedAt !== undefined));
  const shownId = jobId ?? (resumable ? pending.id : undefined);
  const job = useQuery({
    queryKey: ['roster-job', shownId],
    enabled: shownId !== undefined,
    queryFn: () => api.get<RosterJob>(`/api/roster-jobs/${shownId}`),
    refetchInterval: (query) => (query.state.data === undefined || RUNNING.has(query.state.data.status) ? 400 : false),
    staleTime: 0,
  });
  const result = job.data?.result;
  const names = useMemo(() => new Map(rows.map((row) => [row.officer.id, row.officer])), [rows]);
  const overlays = useMemo(
    () => (result && job.data?.status !== 'accepted' && job.data?.status !== 'discarded' ? rosterJobOverlays(result, (id) => names.get(id)?.timeZone ?? unit.timeZone) : undefined),
    [result, job.data?.status, names, unit.timeZone],
  );
  useEffect(() => {
    onPreview(overlays);
    return () => onPreview(undefined);
  }, [overlays, onPreview]);

  async function act(run: () => Promise<unknown>) {
    setBusy(true);
    setError(undefined);
    try {
      await run();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }
  const start = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      const created = await api.send<RosterJob>('POST', '/api/roster-jobs', { unitId: unit.id, from, to, timeLimitSeconds: timeLimit });
      queryClient.setQueryData(['roster-job', created.id], created);
      setJobId(created.id);
    });
  };
  const decide = (verb: 'accept' | 'discard' | 'cancel') =>
    act(async () => {
      const decided = await api.send<RosterJob>('POST', `/api/roster-jobs/${shownId}/${verb}`, verb === 'discard' ? {} : undefined);
      queryClient.setQueryData(['roster-job', decided.id], decided);
      await queryClient.invalidateQueries({ queryKey: ['roster-jobs', unit.id] });
      if (verb === 'accept') await queryClient.invalidateQueries({ queryKey: ['board', unit.id] });
      if (verb !== 'cancel') {
        setJobId(undefined);
        onClose();
      }
    });

  const status = job.data?.status;
  return (
    <aside className="detail roster-job" aria-label="Build a roster">
      <h3>Build a roster with the optimizer</h3>
      {shownId === undefined && (
        <form onSubmit={start} className="record-row">
          <label>
            From <input type="date" value={from} min={firstDay} onChange={(e) => setFrom(e.target.value)} required />
          </label>
          <label>
            To <input type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} required />
          </label>
          <label>
            Search for{' '}
            <select value={timeLimit} onChange={(e) => setTimeLimit(Number(e.target.value))}>
              {TIME_LIMITS.map((s) => (
                <option key={s} value={s}>
                  {s} s
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy || latest.isPending}>
            Start
          </button>
          <p className="hint">Published and past shifts stay as they are; the roster comes back as drafts to review.</p>
        </form>
      )}
      {job.isError && <p role="alert">Could not read the search: {job.error.message}</p>}
      {job.data && RUNNING.has(job.data.status) && (
        <div>
          <label>
            Searching {job.data.from} – {job.data.to}{' '}
            <progress max={1} value={job.data.progress.fraction} aria-label="Search progress">
              {Math.round(job.data.progress.fraction * 100)} %
            </progress>
          </label>
          <p role="status">
            {Math.round(job.data.progress.fraction * 100)} % · {(job.data.progress.elapsedMs / 1000).toFixed(1)} s · {job.data.progress.steps.toLocaleString('en')} steps
            {job.data.progress.best && ` · best: ${job.data.progress.best.hard} hard, ${job.data.progress.best.soft} soft penalty`}
            {job.data.progress.uncovered !== undefined && ` · ${job.data.progress.uncovered} uncovered`}
          </p>
          <button type="button" disabled={busy} onClick={() => void decide('cancel')}>
            Stop and keep the best so far
          </button>
        </div>
      )}
      {status === 'failed' && <p role="alert">The search failed: {job.data?.progress.error ?? 'no reason given'}</p>}
      {result && (status === 'done' || status === 'cancelled') && (
        <div>
          <p role="status">
            Finished ({result.stoppedBy === 'time' ? 'time limit' : result.stoppedBy}) after {(result.elapsedMs / 1000).toFixed(1)} s: <strong>{result.summary.added}</strong>{' '}
            shifts to add, <strong>{result.summary.removed}</strong> drafts to cancel, {result.summary.unchanged} unchanged; {result.summary.uncovered} demand
            {result.summary.uncovered === 1 ? '' : 's'} uncovered; {result.summary.block} block and {result.summary.warn} warn findings. New shifts are outlined on the board,
            cancelled ones struck through.
          </p>
          <details>
            <summary>What changes, officer by officer ({new Set([...result.added, ...result.removed].map((r) => r.officerId)).size} officers)</summary>
            <ul className="job-changes">
              {[...(overlays ?? new Map<string, RowOverlay>())].map(([officerId, overlay]) => (
                <li key={officerId}>
                  <strong>{names.get(officerId)?.name ?? officerId}</strong>: {[...overlay.added].map(([day, labels]) => `+ ${day} ${labels.join(', ')}`).join('; ')}
                  {overlay.removed.size > 0 && ` − ${overlay.removed.size} draft${overlay.removed.size === 1 ? '' : 's'} cancelled`}
                </li>
              ))}
            </ul>
          </details>
          {result.uncovered.length > 0 && (
            <details>
              <summary>Uncovered demand ({result.uncovered.length})</summary>
              <ul>
                {result.uncovered.map((u, i) => (
                  <li key={i}>{u.message}</li>
                ))}
              </ul>
            </details>
          )}
          <button type="button" disabled={busy} onClick={() => void decide('accept')}>
            Accept as drafts
          </button>{' '}
          <button type="button" disabled={busy} onClick={() => void decide('discard')}>
            Discard
          </button>
        </div>
      )}
      {error !== undefined && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </aside>
  );
}
