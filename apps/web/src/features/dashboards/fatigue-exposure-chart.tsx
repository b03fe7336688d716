import type { Dashboards } from '../../api-client/wire-types.ts';
import { ChartCard } from './chart-card.tsx';
import type { ChartTable } from './chart-table.ts';
import { CHART, niceTicks, percent, plotHeight, plotWidth, yOf } from './svg-scale.ts';

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
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} aria-hidden="true" className="fatigue-exposure">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={CHART.left} x2={CHART.width - CHART.right} y1={yOf(t, max)} y2={yOf(t, max)} className="gridline" />
            <text x={CHART.left - 6} y={yOf(t, max) + 4} className="tick" textAnchor="end">
              {t} %
            </text>
          </g>
        ))}
        {fatigue.weeks.map((w, i) => {
          const x = CHART.left + i * slot + (slot - barWidth) / 2;
          const value = (w.share ?? 0) * 100;
          return (
            <g key={w.start}>
              <rect x={x} width={barWidth} y={yOf(value, max)} height={yOf(0, max) - yOf(value, max)} className="bar-fatigue" />
              <text x={x + barWidth / 2} y={yOf(value, max) - 3} className="value" textAnchor="middle">
                {percent(w.share)}
              </text>
              <text x={x + barWidth / 2} y={CHART.top + plotHeight + 14} className="tick" textAnchor="middle">
                {w.start.slice(5)}
              </text>
            </g>
          );
        })}
        <text x={CHART.left + plotWidth / 2} y={CHART.height - 8} className="axis-label" textAnchor="middle">
          Week starting (month-day)
        </text>
        <text transform={`translate(14 ${CHART.top + plotHeight / 2}) rotate(-90)`} className="axis-label" textAnchor="middle">
          Share of duty hours (%)
        </text>
      </svg>
    </ChartCard>
  );
}
