import { type DragEvent, memo, useEffect, useRef, useState } from 'react';
import { hashOf } from '../../navigation.ts';
import type { BoardCell, BoardRow } from './board-cells.ts';
import type { RowOverlay } from './roster-job-overlay.ts';

/** What a dragged shift carries: the record and the officer it belongs to now. */
const DRAG_TYPE = 'application/x-muster-record';

export interface BoardActions {
  select(officerId: string, day: string): void;
  move(recordId: number, fromOfficerId: string, toOfficerId: string, toDay: string): void;
}

/** Every row's height in CSS pixels (roster-board.css sets the same), so the rows in view follow from the scroll position. */
export const ROW_HEIGHT_PX = 48;
/** Rows drawn above and below the ones in view, so a quick scroll does not show blank rows. */
const OVERSCAN_ROWS = 12;

/**
 * The rows in view of a scroll container of fixed-height rows: their first index and how many.
 * Exported for tests; `viewportPx` 0 (not measured yet) draws a screenful.
 */
export function rowWindow(scrollTopPx: number, viewportPx: number, rowCount: number): { first: number; count: number } {
  const inView = Math.ceil((viewportPx || 900) / ROW_HEIGHT_PX);
  // A shorter list than the scroll position left from a longer one (after a search): show its end.
  const first = Math.max(0, Math.min(Math.floor(scrollTopPx / ROW_HEIGHT_PX), rowCount - inView) - OVERSCAN_ROWS);
  return { first, count: Math.max(0, Math.min(rowCount - first, inView + 2 * OVERSCAN_ROWS)) };
}

/**
 * Officers × days. Only the rows in view are drawn (a 300-officer, 4-week board has 8,400 cells;
 * drawing them all took ~500 ms), and each row is memoised: selecting a cell or refreshing one
 * officer after an edit re-renders that row only.
 */
export function BoardTable({
  rows,
  days,
  canEdit,
  selected,
  overlays,
  actions,
}: {
  rows: readonly BoardRow[];
  days: readonly string[];
  canEdit: boolean;
  selected: { officerId: string; day: string } | undefined;
  overlays: ReadonlyMap<string, RowOverlay> | undefined;
  actions: BoardActions;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 0 });
  useEffect(() => {
    const element = scroller.current;
    if (element === null) return;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setScroll({ top: element.scrollTop, height: element.clientHeight }));
    };
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, []);
  const { first, count } = rowWindow(scroll.top, scroll.height, rows.length);
  const after = rows.length - first - count;
  return (
    <div className="board-scroll" ref={scroller}>
      <table className="board" aria-rowcount={rows.length + 1}>
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
          {first > 0 && <Spacer rows={first} columns={days.length + 1} />}
          {rows.slice(first, first + count).map((row, i) => (
            <OfficerRow
              key={row.officer.id}
              index={first + i + 2}
              row={row}
              days={days}
              canEdit={canEdit}
              selectedDay={selected?.officerId === row.officer.id ? selected.day : undefined}
              overlay={overlays?.get(row.officer.id)}
              actions={actions}
            />
          ))}
          {after > 0 && <Spacer rows={after} columns={days.length + 1} />}
        </tbody>
      </table>
    </div>
  );
}

/** The height of rows not drawn (a row needs a cell to take a height). */
function Spacer({ rows, columns }: { rows: number; columns: number }) {
  return (
    <tr className="spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height: rows * ROW_HEIGHT_PX }} />
    </tr>
  );
}

const OfficerRow = memo(function OfficerRow({
  index,
  row,
  days,
  canEdit,
  selectedDay,
  overlay,
  actions,
}: {
  /** Its aria-rowindex: the header is row 1. */
  index: number;
  row: BoardRow;
  days: readonly string[];
  canEdit: boolean;
  selectedDay: string | undefined;
  overlay: RowOverlay | undefined;
  actions: BoardActions;
}) {
  const { officer } = row;
  return (
    <tr aria-rowindex={index}>
      <th scope="row">
        <a href={hashOf({ page: 'officer', officerId: officer.id })}>{officer.name}</a>
        <small> {officer.rank}</small>
      </th>
      {days.map((day) => (
        <DayCell
          key={day}
          officerId={officer.id}
          officerName={officer.name}
          day={day}
          cell={row.cells.get(day)}
          canEdit={canEdit}
          selected={selectedDay === day}
          added={overlay?.added.get(day)}
          removed={overlay?.removed}
          actions={actions}
        />
      ))}
    </tr>
  );
});

function DayCell({
  officerId,
  officerName,
  day,
  cell,
  canEdit,
  selected,
  added,
  removed,
  actions,
}: {
  officerId: string;
  officerName: string;
  day: string;
  cell: BoardCell | undefined;
  canEdit: boolean;
  selected: boolean;
  added: readonly string[] | undefined;
  removed: ReadonlySet<number> | undefined;
  actions: BoardActions;
}) {
  const level = cell?.level;
  const classes = [level ? `finding-${level}` : '', selected ? 'selected' : ''].filter(Boolean).join(' ');
  const dropProps = canEdit
    ? {
        onDragOver: (e: DragEvent) => {
          if (e.dataTransfer.types.includes(DRAG_TYPE)) e.preventDefault();
        },
        onDrop: (e: DragEvent) => {
          const carried = e.dataTransfer.getData(DRAG_TYPE);
          if (carried === '') return;
          e.preventDefault();
          const { recordId, officerId: fromOfficerId } = JSON.parse(carried) as { recordId: number; officerId: string };
          actions.move(recordId, fromOfficerId, officerId, day);
        },
      }
    : {};
  return (
    <td className={classes || undefined} {...dropProps}>
      {(cell || canEdit || added) && (
        <button
          type="button"
          className="cell"
          aria-label={`${officerName}, ${day}`}
          aria-expanded={selected}
          title={cell?.findings.map((f) => `${f.level.toUpperCase()}: ${f.message}`).join('\n')}
          onClick={() => actions.select(officerId, day)}
        >
          {cell?.records.map((r, i) => (
            <span
              key={r.id}
              className={`shift kind-${r.kind}${r.status === 'draft' ? ' draft' : ''}${removed?.has(r.id) ? ' removed' : ''}${r.id < 0 ? ' pending' : ''}`}
              draggable={canEdit && r.id > 0}
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, JSON.stringify({ recordId: r.id, officerId }));
                e.dataTransfer.effectAllowed = 'move';
              }}
            >
              {cell.labels[i]}
            </span>
          ))}
          {added?.map((label, i) => (
            <span key={`new-${i}`} className="shift proposed">
              {label}
            </span>
          ))}
          {level && <span className={`marker ${level}`}>{level === 'block' ? 'BLOCK' : 'WARN'}</span>}
        </button>
      )}
    </td>
  );
}
