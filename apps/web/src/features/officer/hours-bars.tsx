import type { OfficerHours } from '@muster/contracts';
import type { z } from 'zod';
export type HoursMeasure = z.infer<typeof OfficerHours>['measures'][number];

/** Each measure of hours as a bar against its levels, with the numbers in words. */
export function HoursBars({ measures }: { measures: HoursMeasure[] }) {
  return (
    <ul className="hours-bars">
      {measures.map((m) => {
        const top = Math.max(m.block ?? 0, m.warn ?? 0, m.hours) * 1.1 || 1;
        const state = m.block !== null && m.hours > m.block ? 'block' : m.warn !== null && m.hours >= m.warn ? 'warn' : 'ok';
        const levels = [m.warn !== null ? `warn at ${m.warn} h` : undefined, m.block !== null ? `block at ${m.block} h` : undefined].filter(Boolean).join(', ');
        return (
          <li key={m.id}>
            <span className="label">{m.label}</span>
            <span className="bar" role="meter" aria-valuemin={0} aria-valuemax={top} aria-valuenow={m.hours} aria-label={`${m.label}: ${m.hours} h`}>
              <span className={`fill ${state}`} style={{ width: `${(m.hours / top) * 100}%` }} />
              {m.warn !== null && <span className="tick warn" style={{ left: `${(m.warn / top) * 100}%` }} />}
              {m.block !== null && <span className="tick block" style={{ left: `${(m.block / top) * 100}%` }} />}
            </span>
            <span className="value">
              {m.hours} h{levels ? ` (${levels}; ${m.basis})` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
