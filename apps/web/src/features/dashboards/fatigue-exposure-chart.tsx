import type { Dashboards } from '../../api-client/wire-types.ts';
import { ChartAxes, XTick } from './chart-axes.tsx';
import { ChartCard } from './chart-card.tsx';
import type { ChartTable } from './chart-table.ts';
import { CHART, niceTicks, percent, plotWidth, yOf } from './svg-scale.ts';

type Fatigue = Dashboards['fatigue'];

export function fatigueTable(fatigue: Fatigue): ChartTable {
  const level = fatigue.kssLevel ?? 'level';
  return {
    columns: ['week_start', 'week_end', 'duty_hours', `hours_at_kss_${level}_or_above`, 'share', 'officers_on_duty'],
    labels: ['Week from', 'Week to', 'Duty hours', `Hours at KSS ≥ ${level}`, 'Share of duty hours', 'Officers on duty'],
    rows: fatigue.weeks.map((w) => [w.start, w.end, w.dutyHours, w.hoursAtOrAbove, w.share, w.officersOnDuty]),
  };
}

/** Per week, the share of duty hours at or above the policy's KSS warning level: bars with their values. */
export function FatigueExposureChart({ fatigue, filename }: { readonly fatigue: Fatigue; readonly filename: string }) {
  const shares = fatigue.weeks.map((w) => w.share ?? 0);
  const { max, ticks } = niceTicks(Math.max(0.01, ...shares) * 100);
  const slot = plotWidth / Math.max(1, fatigue.weeks.length);
  const barWidth = slot * 0.6;
  const level = fatigue.kssLevel;
  const highest = fatigue.weeks.reduce<(typeof fatigue.weeks)[number] | undefined>((best, w) => (w.share !== null && (best?.share ?? -1) < w.share ? w : best), undefined);
  const summary =
    level === null
      ? 'The policy sets no KSS warning level, so no share is computed.'
      : `${percent(fatigue.total.share)} of ${fatigue.total.dutyHours} duty hours were predicted at KSS ${level} or above` +
        (highest ? `; the highest week was ${highest.start} at ${percent(highest.share)}.` : '.') +
        ` ${fatigue.note}`;
  const noDuty = fatigue.total.dutyHours === 0;
  return (
    <ChartCard
      title={`Fatigue exposure: duty hours at KSS ≥ ${level ?? '–'}`}
      metric={fatigue.metric}
      summary={summary}
      table={fatigueTable(fatigue)}
      filename={filename}
      {...(level === null ? { empty: 'The policy sets no KSS warning level.' } : noDuty ? { empty: 'No duty in this range.' } : {})}
    >
      <ChartAxes className="fatigue-exposure" max={max} ticks={ticks} tickSuffix=" %" xTitle="Week starting (month-day)" yTitle="Share of duty hours (%)">
        {fatigue.weeks.map((w, i) => {
          const x = CHART.left + i * slot + (slot - barWidth) / 2;
          const value = (w.share ?? 0) * 100;
          return (
            <g key={w.start}>
              <rect x={x} width={barWidth} y={yOf(value, max)} height={yOf(0, max) - yOf(value, max)} className="bar-fatigue" />
              <text x={x + barWidth / 2} y={yOf(value, max) - 3} className="value" textAnchor="middle">
                {percent(w.share)}
              </text>
              <XTick x={x + barWidth / 2}>{w.start.slice(5)}</XTick>
            </g>
          );
        })}
      </ChartAxes>
    </ChartCard>
  );
}
