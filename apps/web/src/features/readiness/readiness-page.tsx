import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ReadinessMatrix } from '../../api-client/wire-types.ts';
import { addDays, today } from '../../components/local-day.ts';
import { useSession } from '../sign-in/session.ts';
import { downloadCsv } from './download-csv.ts';
import { ReadinessCounts, ReadinessLegend } from './readiness-summary.tsx';
import { ReadinessTable } from './readiness-table.tsx';
import './readiness.css';

/** Quick choices for the filter: days from today. */
const PRESET_DAYS = [30, 60, 90] as const;

const officerCount = (n: number): string => `${n} officer${n === 1 ? '' : 's'}`;

/** The query string of a request for the matrix (every officer: the API answers up to 1,000). */
export function readinessQuery(unit: string, before: string): string {
  const params = new URLSearchParams();
  if (unit !== '') params.set('unit', unit);
  if (before !== '') params.set('before', before);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Officers × qualifications, coloured by status and expiry, with a filter for "must requalify before" a day. */
export function ReadinessPage() {
  const { api } = useSession();
  const [unit, setUnit] = useState('');
  const [before, setBefore] = useState('');
  const [download, setDownload] = useState<string | undefined>();
  const query = readinessQuery(unit, before);
  const matrix = useQuery({
    queryKey: ['readiness', unit, before],
    queryFn: () => api.get<ReadinessMatrix>(`/api/readiness${query}`),
    placeholderData: keepPreviousData,
  });
  const data = matrix.data;
  const units = data?.units ?? [];
  const unitNames = useMemo(() => new Map(units.map((u) => [u.id, u.name])), [units]);
  const zone = units.find((u) => u.id === unit)?.timeZone ?? units[0]?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  if (matrix.isPending) return <p role="status">Loading the readiness matrix…</p>;
  if (matrix.isError && data === undefined) return <p role="alert">Could not load the readiness matrix: {matrix.error.message}</p>;
  const title = unit === '' ? 'all units' : (unitNames.get(unit) ?? unit);
  const updating = matrix.isPlaceholderData;
  return (
    <section aria-labelledby="readiness-title" className="readiness">
      <header className="toolbar rd-toolbar">
        <h2 id="readiness-title">Readiness — {title}</h2>
        <label>
          Unit{' '}
          <select value={unit} onChange={(e) => setUnit(e.target.value)}>
            <option value="">All units</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <span className="rd-filter">
          <label htmlFor="rd-before">Must requalify before</label> <input id="rd-before" type="date" value={before} onChange={(e) => setBefore(e.target.value)} />
        </span>
        <span role="group" aria-label="Quick dates" className="rd-presets">
          {PRESET_DAYS.map((n) => {
            const day = addDays(today(zone), n);
            return (
              <button key={n} type="button" aria-pressed={before === day} onClick={() => setBefore(day)}>
                In {n} days
              </button>
            );
          })}
          {before !== '' && (
            <button type="button" onClick={() => setBefore('')}>
              Clear filter
            </button>
          )}
        </span>
        <button
          type="button"
          onClick={async () => {
            setDownload('Preparing the CSV…');
            try {
              const name = ['readiness', unit, before === '' ? '' : `before-${before}`].filter((s) => s !== '').join('-');
              await downloadCsv(`/api/readiness.csv${query}`, `${name}.csv`);
              setDownload(undefined);
            } catch (e) {
              setDownload(`Could not download the CSV: ${(e as Error).message}`);
            }
          }}
        >
          Download CSV
        </button>
      </header>
      {download && <p role={download.startsWith('Could not') ? 'alert' : 'status'}>{download}</p>}
      {matrix.isError && <p role="alert">Could not load the readiness matrix: {matrix.error.message}</p>}
      <p role="status" className="rd-summary">
        {updating
          ? 'Updating…'
          : data!.before === null
            ? `${officerCount(data!.total)} · statuses as of today, on each officer’s local day`
            : `${officerCount(data!.total)} must requalify before ${data!.before}`}
        {data!.officers.length < data!.total && ` · showing the first ${data!.officers.length}; choose a unit to see the rest`}
      </p>
      <ReadinessLegend />
      {data!.officers.length === 0 ? (
        <p>{data!.before === null ? 'No officers to show.' : `No officer must requalify before ${data!.before}.`}</p>
      ) : (
        <ReadinessTable matrix={data!} {...(unit === '' && units.length > 1 ? { unitNames } : {})} />
      )}
      {data!.officers.length > 0 && <ReadinessCounts matrix={data!} />}
    </section>
  );
}
