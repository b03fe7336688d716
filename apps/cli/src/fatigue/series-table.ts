import { type Instant, MS_PER_HOUR, type TimeZone, formatInstant } from '@muster/kernel';
import { type EpochGrid, type SleepInterval, type TpmSeries, type UnifiedSeries, statusDurationH } from '@muster/fatigue';

export type FatigueModel = 'tpm' | 'unified';

export interface SeriesTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

/**
 * Rows `first..last` of a series with the reference files' column names:
 * datetime, hours_since_start, time_of_day, awake, [on_duty], status_duration_h, then the model's.
 */
export function seriesTable(options: {
  grid: EpochGrid;
  first: number;
  last: number;
  model: FatigueModel;
  tpm?: TpmSeries;
  unified?: UnifiedSeries;
  duties?: readonly SleepInterval[];
  formatTime: (at: Instant) => string;
}): SeriesTable {
  const { grid, first, last, model, duties } = options;
  const modelColumns = model === 'tpm' ? ['s', 'c', 'u', 'w', 'alertness', 'KSS'] : ['s', 'l', 'c', 'w', 'fatigue'];
  const columns = ['datetime', 'hours_since_start', 'time_of_day', 'awake', ...(duties ? ['on_duty'] : []), 'status_duration_h', ...modelColumns];
  const rows: (string | number)[][] = [];
  let duty = 0;
  for (let k = first; k <= last; k++) {
    const at = (grid.start + k * grid.epochMs) as Instant;
    const row: (string | number)[] = [options.formatTime(at), ((k - first) * grid.epochMs) / MS_PER_HOUR, grid.timeOfDayH[k]!, grid.awake[k]!];
    if (duties) {
      while (duty < duties.length && duties[duty]!.end <= at) duty++;
      row.push(duty < duties.length && duties[duty]!.start <= at ? 1 : 0);
    }
    row.push(statusDurationH(grid, k));
    if (model === 'tpm') {
      const t = options.tpm!;
      row.push(t.s[k]!, t.c[k]!, t.u[k]!, t.w[k]!, t.alertness[k]!, t.kss[k]!);
    } else {
      const u = options.unified!;
      row.push(u.s[k]!, u.l[k]!, u.c[k]!, u.w[k]!, u.fatigue[k]!);
    }
    rows.push(row);
  }
  return { columns, rows };
}

/** `2026-01-05T22:00:00` — wall-clock without an offset, as the reference files write it. */
export function wallClockText(zone: TimeZone): (at: Instant) => string {
  return (at) => formatInstant(at, zone).slice(0, 19);
}

/** CSV text of a table: a header and one line per row, numbers in shortest round-trip form. */
export function tableCsv(table: SeriesTable): string {
  return `${table.columns.join(',')}\n${table.rows.map((r) => r.join(',')).join('\n')}\n`;
}

/** JSON rows keyed by column. */
export function tableObjects(table: SeriesTable): Record<string, string | number>[] {
  return table.rows.map((r) => Object.fromEntries(table.columns.map((c, i) => [c, r[i]!])));
}
