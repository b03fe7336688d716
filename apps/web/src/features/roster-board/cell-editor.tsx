import { type FormEvent, useState } from 'react';
import type { DutyRecord, Officer } from '../../api-client/wire-types.ts';
import { localDay, localTime } from '../../components/local-day.ts';
import { useSession } from '../sign-in/session.ts';
import type { BoardCell, PendingChange } from './board-cells.ts';
import { movedInterval, shiftInterval } from './shift-times.ts';
import type { BoardEdit } from './use-board-edit.ts';

const KINDS: DutyRecord['kind'][] = ['regular', 'overtime', 'training', 'court', 'on_call', 'travel'];

/**
 * A day of one officer on the board: add a shift, change, move (to another day or officer) or
 * cancel one. Every change goes to the API at once and the rows it touched are re-checked.
 */
export function CellEditor({
  officer,
  day,
  cell,
  officers,
  edit,
}: {
  officer: Officer;
  day: string;
  cell: BoardCell | undefined;
  /** The board's officers, to move a shift to. */
  officers: readonly Officer[];
  edit: BoardEdit;
}) {
  const { api } = useSession();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const zone = officer.timeZone;
  async function run(change: () => Promise<unknown>, officerIds: readonly string[] = [officer.id], pending?: PendingChange) {
    setBusy(true);
    setError(undefined);
    try {
      await edit(change, officerIds, pending);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="cell-editor">
      {(cell?.records ?? []).map((record) => (
        <RecordRow
          key={record.id}
          record={record}
          zone={zone}
          busy={busy}
          onSave={(start, end, kind) => run(() => api.send('PATCH', `/api/duty-records/${record.id}`, { ...shiftInterval(localDay(record.start, zone), start, end, zone), kind }))}
          onCancel={() => run(() => api.send('PATCH', `/api/duty-records/${record.id}`, { status: 'cancelled' }))}
          officers={officers}
          onMove={(toOfficer, toDay) =>
            run(
              () => api.send('PATCH', `/api/duty-records/${record.id}`, { officerId: toOfficer.id, ...movedInterval(record, zone, toDay, toOfficer.timeZone) }),
              [officer.id, toOfficer.id],
            )
          }
        />
      ))}
      <AddShift
        busy={busy}
        onAdd={(start, end, kind) => {
          const added = { officerId: officer.id, ...shiftInterval(day, start, end, zone), kind };
          return run(() => api.send('POST', '/api/duty-records', { records: [added] }), [officer.id], { add: added });
        }}
      />
      {error !== undefined && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}

function RecordRow({
  record,
  zone,
  busy,
  onSave,
  onCancel,
  officers,
  onMove,
}: {
  record: DutyRecord;
  zone: string;
  busy: boolean;
  onSave(start: string, end: string, kind: DutyRecord['kind']): void;
  onCancel(): void;
  officers: readonly Officer[];
  onMove(toOfficer: Officer, toDay: string): void;
}) {
  const fields = useShiftFields(localTime(record.start, zone), localTime(record.end, zone), record.kind);
  return (
    <>
      <form
        className="record-row"
        aria-label={`Shift ${localTime(record.start, zone)}–${localTime(record.end, zone)}`}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          onSave(fields.start, fields.end, fields.kind);
        }}
      >
        {fields.inputs}
        <span className="status">{record.status}</span>
        <button type="submit" disabled={busy}>
          Save
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Cancel shift
        </button>
      </form>
      <MoveShift record={record} zone={zone} busy={busy} officers={officers} onMove={onMove} />
    </>
  );
}

/** Move a shift to another day or officer: the keyboard's way to do what dragging it on the board does. */
function MoveShift({
  record,
  zone,
  busy,
  officers,
  onMove,
}: {
  record: DutyRecord;
  zone: string;
  busy: boolean;
  officers: readonly Officer[];
  onMove(toOfficer: Officer, toDay: string): void;
}) {
  const [officerId, setOfficerId] = useState(record.officerId);
  const [day, setDay] = useState(localDay(record.start, zone));
  const target = officers.find((o) => o.id === officerId);
  return (
    <form
      className="record-row"
      aria-label={`Move shift ${localTime(record.start, zone)}–${localTime(record.end, zone)}`}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        if (target) onMove(target, day);
      }}
    >
      <label>
        Move to{' '}
        <select value={officerId} onChange={(e) => setOfficerId(e.target.value)}>
          {officers.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        on <input type="date" value={day} onChange={(e) => setDay(e.target.value)} required />
      </label>
      <button type="submit" disabled={busy || target === undefined || (officerId === record.officerId && day === localDay(record.start, zone))}>
        Move
      </button>
    </form>
  );
}

function AddShift({ busy, onAdd }: { busy: boolean; onAdd(start: string, end: string, kind: DutyRecord['kind']): void }) {
  const fields = useShiftFields('07:00', '17:00', 'regular');
  return (
    <form
      className="record-row"
      aria-label="Add a shift"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onAdd(fields.start, fields.end, fields.kind);
      }}
    >
      {fields.inputs}
      <button type="submit" disabled={busy}>
        Add shift
      </button>
    </form>
  );
}

/** From, To and Kind of a shift: their state and their labelled inputs. */
function useShiftFields(initialStart: string, initialEnd: string, initialKind: DutyRecord['kind']) {
  const [start, setStart] = useState(initialStart);
  const [end, setEnd] = useState(initialEnd);
  const [kind, setKind] = useState<DutyRecord['kind']>(initialKind);
  const inputs = (
    <>
      <label>
        From <input type="time" value={start} onChange={(e) => setStart(e.target.value)} required />
      </label>
      <label>
        To <input type="time" value={end} onChange={(e) => setEnd(e.target.value)} required />
      </label>
      <label>
        Kind{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as DutyRecord['kind'])}>
          {KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
    </>
  );
  return { start, end, kind, inputs };
}
