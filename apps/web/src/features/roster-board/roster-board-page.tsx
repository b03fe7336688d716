import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { RosterBoard, Unit } from '../../api-client/wire-types.ts';
import { addDays, daysBetween, mondayOf, today } from '../../components/local-day.ts';
import { hashOf } from '../../navigation.ts';
import { useSession } from '../sign-in/session.ts';
import { type BoardCell, boardCells } from './board-cells.ts';
import { CellEditor } from './cell-editor.tsx';

const SPANS = { day: 1, week: 7, '4 weeks': 28 } as const;
type Span = keyof typeof SPANS;

/** A unit's officers × days, shifts coloured by kind, findings marked in place with their reasons. */
export function RosterBoardPage() {
  const { api, me } = useSession();
  const queryClient = useQueryClient();
  const canEdit = me.role === 'supervisor' || me.role === 'admin';
  const [published, setPublished] = useState<string | undefined>();
  const units = useQuery({ queryKey: ['units'], queryFn: () => api.get<{ items: Unit[] }>('/api/units') });
  const [unitId, setUnitId] = useState<string | undefined>();
  const unit = units.data?.items.find((u) => u.id === unitId) ?? units.data?.items[0];
  const [span, setSpan] = useState<Span>('week');
  const [start, setStart] = useState<string | undefined>();
  const from = start ?? (unit ? mondayOf(today(unit.timeZone)) : undefined);
  const to = from === undefined ? undefined : addDays(from, SPANS[span] - 1);
  const board = useQuery({
    queryKey: ['board', unit?.id, from, to],
    enabled: unit !== undefined && from !== undefined,
    queryFn: () => api.get<RosterBoard>(`/api/units/${unit!.id}/roster?from=${from}&to=${to}`),
  });
  const [selected, setSelected] = useState<{ officerId: string; day: string } | undefined>();
  const cells = useMemo(() => (board.data ? boardCells(board.data) : new Map<string, BoardCell>()), [board.data]);

  if (units.isPending) return <p role="status">Loading units…</p>;
  if (units.isError) return <p role="alert">Could not load units: {units.error.message}</p>;
  if (unit === undefined) return <p>No unit's roster is yours to see.</p>;
  const days = daysBetween(from!, to!);
  const detail = selected ? cells.get(`${selected.officerId}|${selected.day}`) : undefined;
  const selectedOfficer = selected ? board.data?.officers.find((o) => o.id === selected.officerId) : undefined;
  return (
    <section aria-labelledby="board-title">
      <header className="toolbar">
        <h2 id="board-title">Roster — {unit.name}</h2>
        <label>
          Unit{' '}
          <select value={unit.id} onChange={(e) => setUnitId(e.target.value)}>
            {units.data!.items.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <div role="group" aria-label="Span">
          {(Object.keys(SPANS) as Span[]).map((s) => (
            <button key={s} type="button" aria-pressed={span === s} onClick={() => setSpan(s)}>
              {s}
            </button>
          ))}
        </div>
        <button type="button" onClick={() => setStart(addDays(from!, -SPANS[span]))} aria-label="Earlier">
          ◀
        </button>
        <span>
          {from} – {to}
        </span>
        <button type="button" onClick={() => setStart(addDays(from!, SPANS[span]))} aria-label="Later">
          ▶
        </button>
        {canEdit && board.data && (
          <button
            type="button"
            onClick={async () => {
              try {
                const result = await api.send<{ published: number }>('POST', `/api/units/${unit.id}/publish`, { from, to });
                setPublished(`Published ${result.published} draft${result.published === 1 ? '' : 's'}.`);
                await queryClient.invalidateQueries({ queryKey: ['board'] });
              } catch (e) {
                setPublished(`Not published: ${(e as Error).message}`);
              }
            }}
          >
            Publish drafts
          </button>
        )}
        {published && <span role="status">{published}</span>}
        {board.data && (
          <span className="summary" role="status">
            {board.data.summary.block} block · {board.data.summary.warn} warn · {board.data.summary.overridden} overridden
          </span>
        )}
      </header>
      {board.isPending && <p role="status">Loading the roster…</p>}
      {board.isError && <p role="alert">Could not load the roster: {board.error.message}</p>}
      {board.data && board.data.officers.length === 0 && <p>This unit has no officers yet.</p>}
      {board.data && board.data.officers.length > 0 && (
        <div className="board-scroll">
          <table className="board">
            <thead>
              <tr>
                <th scope="col">Officer</th>
                {days.map((day) => (
                  <th scope="col" key={day}>
                    {day.slice(5)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {board.data.officers.map((officer) => (
                <tr key={officer.id}>
                  <th scope="row">
                    <a href={hashOf({ page: 'officer', officerId: officer.id })}>{officer.name}</a>
                    <small> {officer.rank}</small>
                  </th>
                  {days.map((day) => {
                    const cell = cells.get(`${officer.id}|${day}`);
                    const level = cell?.level;
                    return (
                      <td key={day} className={level ? `finding-${level}` : undefined}>
                        {(cell || canEdit) && (
                          <button
                            type="button"
                            className="cell"
                            aria-label={`${officer.name}, ${day}`}
                            title={cell?.findings.map((f) => `${f.level.toUpperCase()}: ${f.message}`).join('\n')}
                            onClick={() => setSelected({ officerId: officer.id, day })}
                          >
                            {cell?.records.map((r, i) => (
                              <span key={r.id} className={`shift kind-${r.kind}${r.status === 'draft' ? ' draft' : ''}`}>
                                {cell.labels[i]}
                              </span>
                            ))}
                            {level && <span className={`marker ${level}`}>{level === 'block' ? 'BLOCK' : 'WARN'}</span>}
                          </button>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {selected && (detail || canEdit) && (
        <aside className="detail" aria-label="Findings">
          <h3>
            {selectedOfficer?.name ?? selected.officerId}, {selected.day}
          </h3>
          {!detail || detail.findings.length === 0 ? (
            <p>No finding on this day.</p>
          ) : (
            <ul>
              {detail.findings.map((f, i) => (
                <li key={i} className={f.overrideId ? 'overridden' : f.level}>
                  <strong>{f.overrideId ? 'OVERRIDDEN' : f.level.toUpperCase()}</strong> {f.ruleId}: {f.message}
                </li>
              ))}
            </ul>
          )}
          {canEdit && board.data && (
            <CellEditor key={`${selected.officerId}|${selected.day}|${detail?.records.map((r) => r.id).join(',')}`} officer={selectedOfficer!} day={selected.day} cell={detail} />
          )}
          <button type="button" onClick={() => setSelected(undefined)}>
            Close
          </button>
        </aside>
      )}
    </section>
  );
}
