import { useMemo, useState } from 'react';
import type { ExcludedOfficer } from '../../api-client/wire-types.ts';
import { filterExcluded, gateGroups, gateLabel } from './excluded-groups.ts';

/** Rows per page: a few hundred excluded officers stay quick to render and to read. */
export const EXCLUDED_PAGE_SIZE = 25;

/**
 * Everyone the engine left off the team, grouped by the first gate they fail (with counts), searchable
 * by name, id or reason, one page at a time.
 */
export function ExcludedOfficers({
  excluded,
  onTeam,
  officerHref,
}: {
  excluded: readonly ExcludedOfficer[];
  /** Officers put on the team by an override after the engine left them out. */
  onTeam?: ReadonlySet<string>;
  officerHref?: (officerId: string) => string;
}) {
  const groups = useMemo(() => gateGroups(excluded), [excluded]);
  const [gate, setGate] = useState<string | undefined>();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const shown = useMemo(() => filterExcluded(excluded, gate, query), [excluded, gate, query]);
  const pages = Math.max(1, Math.ceil(shown.length / EXCLUDED_PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = shown.slice(current * EXCLUDED_PAGE_SIZE, (current + 1) * EXCLUDED_PAGE_SIZE);
  if (excluded.length === 0) return <p>No officer was left out: everyone considered is on the team.</p>;
  const choose = (next: string | undefined) => {
    setGate(next);
    setPage(0);
  };
  return (
    <div className="excluded">
      <div role="group" aria-label="Filter by gate" className="gate-filters">
        <button type="button" aria-pressed={gate === undefined} onClick={() => choose(undefined)}>
          All gates ({excluded.length})
        </button>
        {groups.map((g) => (
          <button key={g.gate} type="button" aria-pressed={gate === g.gate} onClick={() => choose(g.gate)} data-gate={g.gate}>
            {gateLabel(g.gate)} ({g.count})
          </button>
        ))}
      </div>
      <label className="search">
        Search excluded officers{' '}
        <input
          type="search"
          value={query}
          placeholder="name, id or reason"
          onChange={(e) => {
            setQuery(e.target.value);
            setPage(0);
          }}
        />
      </label>
      <p role="status" className="count">
        {shown.length === 0
          ? 'No excluded officer matches.'
          : `Showing ${current * EXCLUDED_PAGE_SIZE + 1}–${current * EXCLUDED_PAGE_SIZE + rows.length} of ${shown.length} excluded officer${shown.length === 1 ? '' : 's'}`}
      </p>
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="staffing-table excluded-table">
            <thead>
              <tr>
                <th scope="col">Officer</th>
                <th scope="col">First gate failed</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.officerId}>
                  <th scope="row">
                    {officerHref ? <a href={officerHref(e.officerId)}>{e.name}</a> : e.name} <small>{e.officerId}</small>
                    {onTeam?.has(e.officerId) && <strong className="now-on-team"> now on the team</strong>}
                  </th>
                  <td>
                    <span className={`gate gate-${e.gate === 'ranked-lower' ? 'pass' : 'fail'}`}>{gateLabel(e.gate)}</span>
                  </td>
                  <td>{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label="Excluded officers pages" className="pager">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous page
          </button>
          <span>
            Page {current + 1} of {pages}
          </span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Next page
          </button>
        </nav>
      )}
    </div>
  );
}
