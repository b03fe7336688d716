import type { RosterJobResult } from '../../api-client/wire-types.ts';
import { localDay, localTime } from '../../components/local-day.ts';

/** A finished roster search drawn over one officer's row: the shifts it would add, the drafts it would cancel. */
export interface RowOverlay {
  /** `HH:MM–HH:MM` labels of the added shifts, by the local day they start. */
  readonly added: ReadonlyMap<string, readonly string[]>;
  readonly removed: ReadonlySet<number>;
}

/** Per officer, what accepting the search's roster would change (officers it leaves alone have no entry). */
export function rosterJobOverlays(result: Pick<RosterJobResult, 'added' | 'removed'>, zoneOf: (officerId: string) => string): Map<string, RowOverlay> {
  const overlays = new Map<string, { added: Map<string, string[]>; removed: Set<number> }>();
  const of = (officerId: string) => {
    let found = overlays.get(officerId);
    if (found === undefined) overlays.set(officerId, (found = { added: new Map(), removed: new Set() }));
    return found;
  };
  for (const record of result.added) {
    const zone = zoneOf(record.officerId);
    const day = localDay(record.start, zone);
    const added = of(record.officerId).added;
    added.set(day, [...(added.get(day) ?? []), `${localTime(record.start, zone)}–${localTime(record.end, zone)}`]);
  }
  for (const record of result.removed) of(record.officerId).removed.add(record.id);
  return overlays;
}
