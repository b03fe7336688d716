import { useQuery } from '@tanstack/react-query';
import type { DutyRecord, Finding, Officer } from '../../api-client/wire-types.ts';
import { addDays, localDay, localTime, today } from '../../components/local-day.ts';
import { useSession } from '../sign-in/session.ts';

/** An officer's own schedule for the next two weeks, with the findings on it. */
export function MySchedulePage() {
  const { api, me } = useSession();
  const officerId = me.officerId;
  const officer = useQuery({ queryKey: ['officer', officerId], enabled: officerId !== null, queryFn: () => api.get<Officer>(`/api/officers/${officerId}`) });
  const zone = officer.data?.timeZone;
  const from = zone ? today(zone) : undefined;
  const to = from ? addDays(from, 13) : undefined;
  const records = useQuery({
    queryKey: ['records', officerId, from],
    enabled: from !== undefined,
    queryFn: () => api.get<{ items: DutyRecord[] }>(`/api/officers/${officerId}/duty-records?from=${from}&to=${to}`),
  });
  const findings = useQuery({
    queryKey: ['findings', officerId, from],
    enabled: from !== undefined,
    queryFn: () => api.get<{ items: Finding[] }>(`/api/officers/${officerId}/findings?from=${from}&to=${to}`),
  });
  if (officerId === null) return <p>This account is not linked to an officer.</p>;
  if (officer.isPending) return <p role="status">Loading…</p>;
  if (officer.isError) return <p role="alert">Could not load your profile: {officer.error.message}</p>;
  return (
    <section aria-labelledby="schedule-title">
      <h2 id="schedule-title">{officer.data.name} — the next two weeks</h2>
      {records.isPending && <p role="status">Loading your schedule…</p>}
      {records.data && records.data.items.length === 0 && <p>No duty in the next two weeks.</p>}
      {records.data && records.data.items.length > 0 && (
        <table className="schedule">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Kind</th>
            </tr>
          </thead>
          <tbody>
            {records.data.items.map((r) => (
              <tr key={r.id}>
                <td>{localDay(r.start, zone!)}</td>
                <td>{localTime(r.start, zone!)}</td>
                <td>{localTime(r.end, zone!)}</td>
                <td>
                  <span className={`shift kind-${r.kind}`}>{r.kind.replace('_', ' ')}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Findings</h3>
      {findings.data && findings.data.items.length === 0 && <p>No rule is broken on your schedule.</p>}
      {findings.data && findings.data.items.length > 0 && (
        <ul className="findings">
          {findings.data.items.map((f, i) => (
            <li key={i} className={f.level}>
              <strong>{f.level.toUpperCase()}</strong> {f.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
