import type { OfficerFatigue } from '@muster/contracts';
import type { z } from 'zod';
import { instant, timeZone } from '@muster/kernel';
import { localDay, localTime } from '../../components/local-day.ts';

export type FatigueSeries = z.infer<typeof OfficerFatigue>;

const WIDTH = 900;
const HEIGHT = 220;
const PAD = { left: 34, right: 34, top: 10, bottom: 24 };

/**
 * Predicted KSS (1–9, left axis) and PVT lapses (right axis) over the days asked, with duty periods
 * and the assumed sleep drawn as bands and the policy's KSS levels as lines. Plain SVG: no chart
 * library, and a text summary for screen readers.
 */
export function FatigueChart({ series }: { series: FatigueSeries }) {
  const t0 = Date.parse(series.start);
  const stepMs = series.stepMinutes * 60_000;
  const t1 = t0 + Math.max(1, series.kss.length - 1) * stepMs;
  const x = (t: number) => PAD.left + ((t - t0) / (t1 - t0)) * (WIDTH - PAD.left - PAD.right);
  const yKss = (k: number) => PAD.top + ((9 - k) / 8) * (HEIGHT - PAD.top - PAD.bottom);
  const maxLapses = Math.max(5, ...series.lapses);
  // The Unified model's lapse measure dips below zero when well rested; no lapses is the floor shown.
  const yLapses = (l: number) => PAD.top + (1 - Math.max(0, l) / maxLapses) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (values: number[], y: (v: number) => number) => values.map((v, i) => `${x(t0 + i * stepMs).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const band = (span: { start: string; end: string }) => {
    const a = Math.max(t0, Date.parse(span.start));
    const b = Math.min(t1, Date.parse(span.end));
    return b > a ? { x: x(a), width: x(b) - x(a) } : undefined;
  };
  const midnights: number[] = [];
  const zone = timeZone(series.timeZone);
  for (let day = zone.localDayOf(instant(t0)) + 1; zone.startOfLocalDay(day) <= t1; day++) midnights.push(zone.startOfLocalDay(day));
  const summary = series.peak
    ? `Highest predicted KSS ${series.peak.kss} on ${localDay(series.peak.at, series.timeZone)} at ${localTime(series.peak.at, series.timeZone)}${series.kssWarn !== null ? `; the policy warns at ${series.kssWarn}` : ''}.`
    : 'No prediction.';
  return (
    <figure className="fatigue-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Predicted sleepiness. ${summary}`}>
        {series.sleep.map((s, i) => {
          const b = band(s);
          return b && <rect key={`s${i}`} x={b.x} width={b.width} y={PAD.top} height={HEIGHT - PAD.top - PAD.bottom} className="sleep-band" />;
        })}
        {series.duties.map((d, i) => {
          const b = band(d);
          return b && <rect key={`d${i}`} x={b.x} width={b.width} y={PAD.top} height={HEIGHT - PAD.top - PAD.bottom} className="duty-band" />;
        })}
        {midnights.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={PAD.top} y2={HEIGHT - PAD.bottom} className="grid" />
            <text x={x(t) + 2} y={HEIGHT - 8} className="axis">
              {localDay(new Date(t).toISOString(), series.timeZone).slice(5)}
            </text>
          </g>
        ))}
        {[series.kssWarn, series.kssBlock].map(
          (level, i) =>
            level !== null && <line key={i} x1={PAD.left} x2={WIDTH - PAD.right} y1={yKss(level)} y2={yKss(level)} className={i === 0 ? 'level-warn' : 'level-block'} />,
        )}
        {[1, 3, 5, 7, 9].map((k) => (
          <text key={k} x={4} y={yKss(k) + 4} className="axis">
            {k}
          </text>
        ))}
        <polyline points={line(series.lapses, yLapses)} className="lapses-line" />
        <polyline points={line(series.kss, yKss)} className="kss-line" />
      </svg>
      <figcaption>
        {summary} <span className="legend kss">KSS</span> <span className="legend lapses">lapses</span> <span className="legend duty">on duty</span>{' '}
        <span className="legend sleep">assumed sleep</span>. {series.note}
      </figcaption>
    </figure>
  );
}
