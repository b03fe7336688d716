import type { ProposalMember } from '../../api-client/wire-types.ts';

/** `12.5 h`: hours to the tenth, with the unit. */
export const hoursText = (hours: number): string => `${Math.round(hours * 10) / 10} h`;

/** The officer's standing in words, not colour: recruits may not lead and need veterans beside them. */
function serviceText(m: ProposalMember): string {
  return m.recruit ? 'Recruit' : m.veteran ? 'Veteran' : 'Experienced';
}

/**
 * A team by role, each member with the engine's reasons: hours worked in the 7 days before, overtime
 * this month, the score they were ranked by (lower is better) and the warnings the assignment adds.
 */
export function TeamTable({
  members,
  roleOrder,
  caption,
  officerHref,
}: {
  members: readonly ProposalMember[];
  roleOrder: readonly string[];
  caption: string;
  officerHref?: (officerId: string) => string;
}) {
  const sorted = [...members].sort((a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role) || a.score - b.score);
  if (sorted.length === 0) return <p>No officer is on this team.</p>;
  return (
    <div className="table-scroll">
      <table className="staffing-table team-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Officer</th>
            <th scope="col">Service</th>
            <th scope="col">Duty hours, 7 days before</th>
            <th scope="col">Overtime this month</th>
            <th scope="col">Rank score (lower is better)</th>
            <th scope="col">Warnings</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((m) => (
            <tr key={`${m.role}|${m.officerId}`}>
              <td>{m.role}</td>
              <th scope="row">
                {officerHref ? <a href={officerHref(m.officerId)}>{m.name}</a> : m.name} <small>{m.officerId}</small>
              </th>
              <td>{serviceText(m)}</td>
              <td className="number">{hoursText(m.hoursPrior7Days)}</td>
              <td className="number">{hoursText(m.overtimeHoursThisMonth)}</td>
              <td className="number">{Math.round(m.score * 100) / 100} points</td>
              <td>
                {m.warnings.length === 0
                  ? 'none'
                  : m.warnings.map((w) => (
                      <span key={w} className="marker warn">
                        WARN {w}{' '}
                      </span>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
