import type { Unit } from '../../api-client/wire-types.ts';
import type { BoardCounts } from './board-cells.ts';

export const SPANS = { day: 1, week: 7, '4 weeks': 28 } as const;
export type Span = keyof typeof SPANS;

/** Unit, span and dates of the board, its counts, and the supervisor's actions on the range. */
export function BoardToolbar({
  unit,
  units,
  span,
  from,
  to,
  summary,
  canEdit,
  message,
  find,
  onFind,
  onUnit,
  onSpan,
  onStep,
  onPublish,
  onBuild,
}: {
  unit: Unit;
  units: readonly Unit[];
  span: Span;
  from: string;
  to: string;
  summary: BoardCounts | undefined;
  canEdit: boolean;
  message: string | undefined;
  find: string;
  onFind(text: string): void;
  onUnit(id: string): void;
  onSpan(span: Span): void;
  onStep(direction: -1 | 1): void;
  onPublish(): void;
  onBuild(): void;
}) {
  return (
    <header className="toolbar">
      <h2 id="board-title">Roster — {unit.name}</h2>
      <label>
        Unit{' '}
        <select value={unit.id} onChange={(e) => onUnit(e.target.value)}>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Find officer <input type="search" value={find} onChange={(e) => onFind(e.target.value)} size={12} />
      </label>
      <div role="group" aria-label="Span">
        {(Object.keys(SPANS) as Span[]).map((s) => (
          <button key={s} type="button" aria-pressed={span === s} onClick={() => onSpan(s)}>
            {s}
          </button>
        ))}
      </div>
      <button type="button" onClick={() => onStep(-1)} aria-label="Earlier">
        ◀
      </button>
      <span>
        {from} – {to}
      </span>
      <button type="button" onClick={() => onStep(1)} aria-label="Later">
        ▶
      </button>
      {canEdit && summary && (
        <>
          <button type="button" onClick={onPublish}>
            Publish drafts
          </button>
          <button type="button" onClick={onBuild}>
            Build roster…
          </button>
        </>
      )}
      {message && <span role="status">{message}</span>}
      {summary && (
        <span className="summary" role="status">
          {summary.block} block · {summary.warn} warn · {summary.overridden} overridden
        </span>
      )}
    </header>
  );
}
