import { useQuery } from '@tanstack/react-query';
import type { OfficerDaysOff } from '@muster/contracts';
import { dayOfWeek, readIsoDate } from '@muster/kernel';
import type { z } from 'zod';
import { addDays, daysBetween, today } from '../../components/local-day.ts';
import { useSession } from '../sign-in/session.ts';
import './officer-sections.css';

export type DaysOffView = z.infer<typeof OfficerDaysOff>;

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** Weeks shown: the current one and 7 before it, then 2 ahead. */
export const WEEKS_BEFORE = 7;
export const WEEKS_AFTER = 2;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
const weekday = (day: string) => WEEKDAYS[dayOfWeek(readIsoDate(day) as number)]!;

/** The days off of each week as a table, with the day-off debt carried from week to week. */
export function DaysOffTable({ view }: { readonly view: DaysOffView }) {
  return (
    <>
      <p className="section-summary">
        <strong>Day-off debt now: {plural(view.debtNowDays, 'day')}</strong>
        {view.debtAtEndDays !== view.debtNowDays && <> (as scheduled, {plural(view.debtAtEndDays, 'day')} at the end of the last week shown)</>}. The policy guarantees{' '}
        {plural(view.guaranteedDaysOffPerWeek, 'day')} off a week ({view.basis}). A day off is a local day without a minute of duty; a week short of the guarantee adds to the debt,
        and days off beyond it in later weeks pay it back.
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Days off by week">
        <table className="days-off">
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Days off</th>
              <th scope="col">Debt after</th>
              <th scope="col">Short</th>
              <th scope="col">Repaid</th>
              <th scope="col">Days</th>
            </tr>
          </thead>
          <tbody>
            {view.weeks.map((w) => {
              const off = new Set(w.offDays);
              return (
                <tr key={w.from} className={w.shortDays > 0 ? 'short' : undefined}>
                  <th scope="row">
                    {w.from} to {w.to}
                    {w.planned && <span className="planned"> (scheduled)</span>}
                  </th>
                  <td className="number">
                    {w.daysOff} of {w.guaranteedDaysOff} guaranteed
                  </td>
                  <td className="number">{plural(w.debtDays, 'day')}</td>
                  <td className="number">{w.shortDays > 0 ? plural(w.shortDays, 'day') : '—'}</td>
                  <td className="number">{w.repaidDays > 0 ? plural(w.repaidDays, 'day') : '—'}</td>
                  <td>
                    <span className="week-strip" role="img" aria-label={w.offDays.length === 0 ? 'no day off' : `off: ${w.offDays.map(weekday).join(', ')}`}>
                      {daysBetween(w.from, w.to).map((d) => (
                        <span key={d} className={off.has(d) ? 'day off' : 'day duty'} title={`${d}: ${off.has(d) ? 'day off' : 'duty'}`} aria-hidden="true">
                          {weekday(d).slice(0, 2)}
                          <small>{off.has(d) ? 'off' : '·'}</small>
                        </span>
                      ))}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The last 8 weeks and next 2 of days off and day-off debt, fetched for the officer. */
export function DaysOffPanel({ officerId, zone }: { readonly officerId: string; readonly zone: string }) {
  const { api } = useSession();
  const now = today(zone);
  const from = addDays(now, -7 * WEEKS_BEFORE);
  const to = addDays(now, 7 * WEEKS_AFTER);
  const query = useQuery({
    queryKey: ['days-off', officerId, from],
    queryFn: () => api.get<DaysOffView>(`/api/officers/${officerId}/days-off?from=${from}&to=${to}`),
  });
  if (query.isPending) return <p role="status">Loading days off…</p>;
  if (query.isError) return <p role="alert">Could not load the days off: {query.error.message}</p>;
  return <DaysOffTable view={query.data} />;
}
