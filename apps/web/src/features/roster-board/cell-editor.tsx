import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { DutyRecord, Officer } from '../../api-client/wire-types.ts';
import { addDays, localDay, localTime, zonedIso } from '../../components/local-day.ts';
import { useSession } from '../sign-in/session.ts';
import type { BoardCell } from './board-cells.ts';

const KINDS: DutyRecord['kind'][] = ['regular', 'overtime', 'training', 'court', 'on_call', 'travel'];

/** The interval of `HH:MM`–`HH:MM` on a local day; an end not after the start is on the next day. */
function interval(day: string, start: string, end: string, timeZone: string): { start: string; end: string } {
  return { start: zonedIso(day, start, timeZone), end: zonedIso(end <= start ? addDays(day, 1) : day, end, timeZone) };
}

/**
 * A day of one officer on the board: add a shift, change or cancel one. Every change goes to the
 * API at once and the board is fetched again, so its findings are re-checked with it.
 */
export function CellEditor({ officer, day, cell }: { officer: Officer; day: string; cell: BoardCell | undefined }) {
  const { api } = useSession();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const zone = officer.timeZone;
  async function run(change: () => Promise<unknown>) {
    setBusy(true);
    setError(undefined);
    try {
      await change();
      await queryClient.invalidateQueries({ queryKey: ['board'] });
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
          onSave={(start, end, kind) => run(() => api.send('PATCH', `/api/duty-records/${record.id}`, { ...interval(localDay(record.start, zone), start, end, zone), kind }))}
          onCancel={() => run(() => api.send('PATCH', `/api/duty-records/${record.id}`, { status: 'cancelled' }))}
        />
      ))}
      <AddShift
        busy={busy}
        onAdd={(start, end, kind) => run(() => api.send('POST', '/api/duty-records', { records: [{ officerId: officer.id, ...interval(day, start, end, zone), kind }] }))}
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
}: {
  record: DutyRecord;
  zone: string;
  busy: boolean;
  onSave(start: string, end: string, kind: DutyRecord['kind']): void;
  onCancel(): void;
}) {
  const fields = useShiftFields(localTime(record.start, zone), localTime(record.end, zone), record.kind);
  return (
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
