import { useQuery } from '@tanstack/react-query';
import type { DutyRecord, Finding, Officer } from '../../api-client/wire-types.ts';
import { addDays, localDay, localTime, today } from '../../components/local-day.ts';
import { QueryState } from '../../components/query-state.tsx';
import { useSession } from '../sign-in/session.ts';
import { FatigueChart, type FatigueSeries } from './fatigue-chart.tsx';
import { DaysOffPanel } from './days-off-panel.tsx';
import { type HoursMeasure, HoursBars } from './hours-bars.tsx';
import { OvertimeStanding } from './overtime-standing.tsx';
import { QualificationsList } from './qualifications-list.tsx';

/**
 * One officer's next two weeks — hours against the limits, predicted sleepiness, schedule and
 * findings — then their qualifications and expiry, days off and day-off debt, and place on the
 * overtime list. An officer opens their own (`officerId` from the session); supervisors and others
 * open one from a board. Training sees the qualifications only (schedules are not theirs to read).
 */
export function OfficerPage({ officerId }: { readonly officerId: string | null }) {
  const { api, me } = useSession();
  const own = officerId === me.officerId;
  // Training reads profiles and qualifications, never schedules: the API would refuse every one of these (403).
  const schedules = me.role !== 'training';
  const officer = useQuery({ queryKey: ['officer', officerId], enabled: officerId !== null, queryFn: () => api.get<Officer>(`/api/officers/${officerId}`) });
  const zone = officer.data?.timeZone;
  const from = zone ? today(zone) : undefined;
  const to = from ? addDays(from, 13) : undefined;
  const records = useQuery({
    queryKey: ['records', officerId, from],
    enabled: schedules && from !== undefined,
    queryFn: () => api.get<{ items: DutyRecord[] }>(`/api/officers/${officerId}/duty-records?from=${from}&to=${to}`),
  });
  const findings = useQuery({
    queryKey: ['findings', officerId, from],
    enabled: schedules && from !== undefined,
    queryFn: () => api.get<{ items: Finding[] }>(`/api/officers/${officerId}/findings?from=${from}&to=${to}`),
  });
  const hours = useQuery({
    queryKey: ['hours', officerId],
    enabled: schedules && officerId !== null,
    queryFn: () => api.get<{ measures: HoursMeasure[] }>(`/api/officers/${officerId}/hours`),
  });
  const fatigue = useQuery({
    queryKey: ['fatigue', officerId, from],
    enabled: schedules && from !== undefined,
    queryFn: () => api.get<FatigueSeries>(`/api/officers/${officerId}/fatigue?from=${from}&to=${to}&step=15`),
  });
  if (officerId === null) return <p>This account is not linked to an officer.</p>;
  if (officer.isPending) return <p role="status">Loading…</p>;
  if (officer.isError)
    return (
      <p role="alert">
        Could not load {own ? 'your profile' : 'the officer'}: {officer.error.message}
      </p>
    );
  const qualifications = (
    <section className="officer-section" aria-labelledby="qualifications-title">
      <h3 id="qualifications-title">Qualifications and their expiry</h3>
      <QualificationsList officerId={officerId} zone={officer.data.timeZone} />
    </section>
  );
  if (!schedules)
    return (
      <section aria-labelledby="schedule-title">
        <h2 id="schedule-title">{officer.data.name} — qualifications</h2>
        {qualifications}
      </section>
    );
  return (
    <section aria-labelledby="schedule-title">
      <h2 id="schedule-title">{officer.data.name} — the next two weeks</h2>
      <h3>Hours against the limits</h3>
      <QueryState query={hours} what={own ? 'your hours' : 'the hours'} />
      {hours.data && <HoursBars measures={hours.data.measures} />}
      <h3>Predicted sleepiness, the next 14 days</h3>
      <QueryState query={fatigue} what="the prediction" />
      {fatigue.data && <FatigueChart series={fatigue.data} />}
      <h3>Schedule</h3>
      <QueryState query={records} what="the schedule" />
      {records.data && records.data.items.length === 0 && <p>No duty in the next two weeks.</p>}
      {records.data && records.data.items.length > 0 && (
        <div className="table-scroll">
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
        </div>
      )}
      <h3>Findings</h3>
      <QueryState query={findings} what="the findings" />
      {findings.data && findings.data.items.length === 0 && <p>No rule is broken on this schedule.</p>}
      {findings.data && findings.data.items.length > 0 && (
        <ul className="findings">
          {findings.data.items.map((f, i) => (
            <li key={i} className={f.level}>
              <strong>{f.level.toUpperCase()}</strong> {f.message}
            </li>
          ))}
        </ul>
      )}
      {qualifications}
      <section className="officer-section" aria-labelledby="days-off-title">
        <h3 id="days-off-title">Days off and day-off debt, the last 8 weeks and next 2</h3>
        <DaysOffPanel officerId={officerId} zone={zone!} />
      </section>
      <section className="officer-section" aria-labelledby="overtime-title">
        <h3 id="overtime-title">Overtime list and history</h3>
        <OvertimeStanding officerId={officerId} zone={zone!} />
      </section>
    </section>
  );
}
