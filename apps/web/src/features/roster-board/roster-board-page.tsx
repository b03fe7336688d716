import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { RosterBoard, Unit } from '../../api-client/wire-types.ts';
import { addDays, daysBetween, mondayOf, today } from '../../components/local-day.ts';
import { useSession } from '../sign-in/session.ts';
import { type BoardView, boardView } from './board-cells.ts';
import { type BoardActions, BoardTable } from './board-table.tsx';
import { BoardToolbar, SPANS, type Span } from './board-toolbar.tsx';
import { CellEditor } from './cell-editor.tsx';
import type { RowOverlay } from './roster-job-overlay.ts';
import { RosterJobPanel } from './roster-job-panel.tsx';
import { movedInterval } from './shift-times.ts';
import { useBoardEdit } from './use-board-edit.ts';
import './roster-board.css';

/**
 * A unit's officers × days, shifts coloured by kind, findings marked in place with their reasons;
 * a supervisor adds, changes, drags or moves shifts (each re-checked at once), publishes drafts,
 * and runs the optimizer over a range.
 */
export function RosterBoardPage() {
  const { api, me } = useSession();
  const queryClient = useQueryClient();
  const canEdit = me.role === 'supervisor' || me.role === 'admin';
  const [message, setMessage] = useState<string | undefined>();
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
    queryFn: async () => boardView(await api.get<RosterBoard>(`/api/units/${unit!.id}/roster?from=${from}&to=${to}`)),
  });
  const [selected, setSelected] = useState<{ officerId: string; day: string } | undefined>();
  const [building, setBuilding] = useState(false);
  const [find, setFind] = useState('');
  const [overlays, setOverlays] = useState<Map<string, RowOverlay> | undefined>();
  const edit = useBoardEdit(unit?.id, from, to);
  const days = useMemo(() => (from && to ? daysBetween(from, to) : []), [from, to]);

  // The actions read the latest board through a ref, so the memoised rows never see them change.
  const latest = useRef<BoardView | undefined>(undefined);
  latest.current = board.data;
  const actions = useMemo<BoardActions>(
    () => ({
      select: (officerId, day) => setSelected({ officerId, day }),
      move: (recordId, fromOfficerId, toOfficerId, toDay) => {
        const rows = latest.current?.rows ?? [];
        const source = rows.find((r) => r.officer.id === fromOfficerId);
        const target = rows.find((r) => r.officer.id === toOfficerId);
        const record = source && [...source.cells.values()].flatMap((c) => c.records).find((r) => r.id === recordId);
        if (!source || !target || !record) return;
        setMessage(undefined);
        const moved = movedInterval(record, source.officer.timeZone, toDay, target.officer.timeZone);
        const { id: _id, status: _status, updatedAt: _at, ...kept } = record;
        edit(() => api.send('PATCH', `/api/duty-records/${recordId}`, { officerId: toOfficerId, ...moved }), [fromOfficerId, toOfficerId], {
          remove: { officerId: fromOfficerId, recordId },
          add: { ...kept, officerId: toOfficerId, ...moved },
        }).then(
          () => setSelected({ officerId: toOfficerId, day: toDay }),
          (e: Error) => setMessage(`Not moved: ${e.message}`),
        );
      },
    }),
    [api, edit],
  );
  const preview = useCallback((next: Map<string, RowOverlay> | undefined) => setOverlays(next), []);

  if (units.isPending) return <p role="status">Loading units…</p>;
  if (units.isError) return <p role="alert">Could not load units: {units.error.message}</p>;
  if (unit === undefined) return <p>No unit's roster is yours to see.</p>;
  const rows = board.data?.rows ?? [];
  const needle = find.trim().toLowerCase();
  const shownRows = needle === '' ? rows : rows.filter((r) => r.officer.name.toLowerCase().includes(needle));
  const selectedRow = selected ? rows.find((r) => r.officer.id === selected.officerId) : undefined;
  const detail = selected ? selectedRow?.cells.get(selected.day) : undefined;

  async function publish() {
    try {
      const result = await api.send<{ published: number }>('POST', `/api/units/${unit!.id}/publish`, { from, to });
      setMessage(`Published ${result.published} draft${result.published === 1 ? '' : 's'}.`);
      await queryClient.invalidateQueries({ queryKey: ['board'] });
    } catch (e) {
      setMessage(`Not published: ${(e as Error).message}`);
    }
  }
  return (
    <section aria-labelledby="board-title">
      <BoardToolbar
        unit={unit}
        units={units.data.items}
        span={span}
        from={from!}
        to={to!}
        summary={board.data?.summary}
        canEdit={canEdit}
        message={message}
        find={find}
        onFind={setFind}
        onUnit={(id) => {
          setUnitId(id);
          setSelected(undefined);
          setBuilding(false);
        }}
        onSpan={setSpan}
        onStep={(direction) => setStart(addDays(from!, direction * SPANS[span]))}
        onPublish={() => void publish()}
        onBuild={() => setBuilding(true)}
      />
      {building && board.data && <RosterJobPanel unit={unit} rows={rows} boardFrom={from!} boardTo={to!} onPreview={preview} onClose={() => setBuilding(false)} />}
      {board.isPending && <p role="status">Loading the roster…</p>}
      {board.isError && <p role="alert">Could not load the roster: {board.error.message}</p>}
      {board.data && rows.length === 0 && <p>This unit has no officers yet.</p>}
      {rows.length > 0 && shownRows.length === 0 && <p>No officer's name holds “{find}”.</p>}
      {shownRows.length > 0 && <BoardTable rows={shownRows} days={days} canEdit={canEdit} selected={selected} overlays={overlays} actions={actions} />}
      {selected && (detail || canEdit) && (
        <aside className="detail" aria-label="Findings">
          <h3>
            {selectedRow?.officer.name ?? selected.officerId}, {selected.day}
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
          {canEdit && selectedRow && (
            <CellEditor
              key={`${selected.officerId}|${selected.day}|${detail?.records.map((r) => r.id).join(',')}`}
              officer={selectedRow.officer}
              day={selected.day}
              cell={detail}
              officers={rows.map((r) => r.officer)}
              edit={edit}
            />
          )}
          <button type="button" onClick={() => setSelected(undefined)}>
            Close
          </button>
        </aside>
      )}
    </section>
  );
}
