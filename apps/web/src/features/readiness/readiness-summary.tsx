import type { ReadinessMatrix } from '../../api-client/wire-types.ts';
import { STATUSES } from './readiness-cell-text.ts';

/** What each colour and symbol means. */
export function ReadinessLegend() {
  return (
    <ul className="rd-legend" aria-label="Legend">
      {STATUSES.map((s) => (
        <li key={s.status}>
          <span className={`rd-swatch rd-${s.status}`} aria-hidden="true">
            {s.symbol}
          </span>{' '}
          <strong>{s.label}</strong>: {s.meaning}
        </li>
      ))}
      <li>
        <span className="rd-swatch rd-due-swatch" aria-hidden="true" /> <strong>Outlined</strong>: must requalify before the chosen day
      </li>
    </ul>
  );
}

/** Per qualification, how many of the officers shown are in each status. */
export function ReadinessCounts({ matrix }: { readonly matrix: ReadinessMatrix }) {
  const names = new Map(matrix.qualifications.map((q) => [q.id, q.name]));
  return (
    <div className="rd-counts-scroll">
      <table className="rd-counts">
        <caption>Officers per status, by qualification ({matrix.total} officers)</caption>
        <thead>
          <tr>
            <th scope="col">Qualification</th>
            {STATUSES.map((s) => (
              <th scope="col" key={s.status} className={`rd-${s.status}`}>
                {s.symbol} {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.counts.map((count) => (
            <tr key={count.qualificationId}>
              <th scope="row">{names.get(count.qualificationId) ?? count.qualificationId}</th>
              {STATUSES.map((s) => (
                <td key={s.status}>{count[s.status]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
