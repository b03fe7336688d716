import { useQuery } from '@tanstack/react-query';
import type { OfficerOvertime } from '@muster/contracts';
import type { z } from 'zod';
import { localDay, localTime } from '../../components/local-day.ts';
import { useSession } from '../sign-in/session.ts';
import './officer-sections.css';

export type OvertimeView = z.infer<typeof OfficerOvertime>;

const CHART = { width: 600, height: 150, top: 18, bottom: 22 };
const hoursText = (h: number) => `${h} h`;

/** Overtime hours by month as plain SVG bars, each labelled with its hours and number of records. */
function MonthlyBars({ months }: { readonly months: OvertimeView['months'] }) {
  const top = Math.max(1, ...months.map((m) => m.hours));
  const slot = CHART.width / months.length;
  const barHeight = (h: number) => (h / top) * (CHART.height - CHART.top - CHART.bottom);
  const total = months.reduce((sum, m) => sum + m.hours, 0);
  const summary = `Overtime by month, ${months[0]?.month} to ${months[months.length - 1]?.month}: ${Math.round(total * 100) / 100} h in all.`;
  return (
    <figure className="overtime-months">
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-label={summary}>
        {months.map((m, i) => {
          const h = barHeight(m.hours);
          const x = i * slot + slot * 0.15;
          return (
            <g key={m.month}>
              <rect x={x} width={slot * 0.7} y={CHART.height - CHART.bottom - h} height={h} className="bar" />
              <text x={x + slot * 0.35} y={CHART.height - CHART.bottom - h - 4} className="value">
                {m.hours > 0 ? m.hours : ''}
              </text>
              <text x={x + slot * 0.35} y={CHART.height - 6} className="axis">
                {m.month.slice(2)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{summary} Bars show hours of overtime records by the local month they start in.</figcaption>
    </figure>
  );
}

/** Where the officer stands on the unit's overtime list, how it is ordered, and their overtime history. */
export function OvertimeStandingView({ view, zone }: { readonly view: OvertimeView; readonly zone: string }) {
  const s = view.standing;
  return (
    <>
      <p className="section-summary standing">
        <strong>
          Position {s.position} of {s.listLength}
        </strong>{' '}
        on the unit’s overtime list (1 = offered overtime next). Overtime since {view.periodStart}: <strong>{hoursText(s.overtimeHours)}</strong>.
      </p>
      <ul className="neighbours">
        <li>Overtime of the officer just above (offered before): {s.aboveHours === null ? 'none — first on the list' : hoursText(s.aboveHours)}</li>
        <li>Overtime of the officer just below (offered after): {s.belowHours === null ? 'none — last on the list' : hoursText(s.belowHours)}</li>
        {s.tiedCount > 0 && <li>{s.tiedCount} other officer(s) have exactly the same hours; seniority orders them.</li>}
      </ul>
      <details className="how-ordered">
        <summary>How the list is ordered</summary>
        <p>
          Overtime is offered first to the officer with the <strong>fewest overtime hours</strong> since {view.periodStart} (1 January in the unit’s time zone). On equal hours the
          more senior officer (earlier hire date) comes first. Each overtime record counts whole, in the period it starts in; cancelled records do not count. Everyone in the unit
          is on the list. This is the same order <code>muster overtime</code> uses to fill an open shift; when an officer’s turn comes, rules and predicted fatigue may still skip
          them.
        </p>
      </details>
      <h4>Overtime by month</h4>
      <MonthlyBars months={view.months} />
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Overtime hours and records by month">
        <table className="overtime-months-table">
          <thead>
            <tr>
              {view.months.map((m) => (
                <th key={m.month} scope="col">
                  {m.month}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {view.months.map((m) => (
                <td key={m.month} className="number">
                  {hoursText(m.hours)}
                  <br />
                  <small>
                    {m.records} record{m.records === 1 ? '' : 's'}
                  </small>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <h4>Overtime records, last 90 days</h4>
      {view.recent.length === 0 ? (
        <p>No overtime in the last 90 days.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Overtime records of the last 90 days">
          <table className="overtime-recent">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Hours</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {view.recent.map((r) => (
                <tr key={r.id}>
                  <td>{localDay(r.start, zone)}</td>
                  <td>{localTime(r.start, zone)}</td>
                  <td>{localTime(r.end, zone)}</td>
                  <td className="number">{hoursText(r.hours)}</td>
                  <td>{r.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** The officer's overtime standing, fetched. */
export function OvertimeStanding({ officerId, zone }: { readonly officerId: string; readonly zone: string }) {
  const { api } = useSession();
  const query = useQuery({ queryKey: ['overtime', officerId], queryFn: () => api.get<OvertimeView>(`/api/officers/${officerId}/overtime`) });
  if (query.isPending) return <p role="status">Loading the overtime list…</p>;
  if (query.isError) return <p role="alert">Could not load the overtime standing: {query.error.message}</p>;
  return <OvertimeStandingView view={query.data} zone={zone} />;
}
