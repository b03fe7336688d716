import type { Dashboards } from '../../api-client/wire-types.ts';
import { ChartCard } from './chart-card.tsx';
import type { ChartTable } from './chart-table.ts';
import { CHART, niceTicks, plotHeight, plotWidth, yOf } from './svg-scale.ts';

type Coverage = Dashboards['coverage'];

export function coverageTable(coverage: Coverage): ChartTable {
  return {
    columns: ['day', 'required_shifts', 'covered_shifts', 'gap_shifts', 'required_hours', 'gap_hours'],
    labels: ['Day', 'Officer-shifts required', 'Covered', 'Gap', 'Hours required', 'Gap hours'],
    rows: coverage.days.map((d) => [d.day, d.required, d.covered, d.gap, d.requiredHours, d.gapHours]),
  };
}

/** Per day, officer-shifts covered (solid) and uncovered (hatched, on top) of those the weekly demand requires. */
export function CoverageChart({ coverage, filename }: { readonly coverage: Coverage; readonly filename: string }) {
  const days = coverage.days;
  const { max, ticks } = niceTicks(Math.max(1, ...days.map((d) => d.required)));
  const slot = plotWidth / Math.max(1, days.length);
  const barWidth = Math.max(1.5, slot * 0.75);
  const { total } = coverage;
  const gapDays = days.filter((d) => d.gap > 0).length;
  const summary =
    `${total.covered} of ${total.required} required officer-shifts covered; ${total.gap} uncovered (${total.gapHours} h) on ${gapDays} of ${days.length} days.` +
    (coverage.unitsWithoutSettings > 0 ? ` ${coverage.unitsWithoutSettings} unit(s) in scope have no weekly demand set and are not counted.` : '');
  const labelEvery = Math.ceil(days.length / 10);
  return (
    <ChartCard
      title="Coverage gaps per day"
      metric={coverage.metric}
      summary={summary}
      table={coverageTable(coverage)}
      filename={filename}
      {...(coverage.unitsWithSettings === 0 ? { empty: 'No unit in this scope has a weekly demand set.' } : {})}
      legend={
        <>
          <span className="key key-covered" aria-hidden="true" /> covered <span className="key key-gap" aria-hidden="true" /> gap (uncovered)
        </>
      }
    >
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} aria-hidden="true" className="coverage">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={CHART.left} x2={CHART.width - CHART.right} y1={yOf(t, max)} y2={yOf(t, max)} className="gridline" />
            <text x={CHART.left - 6} y={yOf(t, max) + 4} className="tick" textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        {days.map((d, i) => {
          const x = CHART.left + i * slot + (slot - barWidth) / 2;
          return (
            <g key={d.day}>
              <rect x={x} width={barWidth} y={yOf(d.covered, max)} height={yOf(0, max) - yOf(d.covered, max)} className="bar-covered" />
              {d.gap > 0 && <rect x={x} width={barWidth} y={yOf(d.required, max)} height={yOf(0, max) - yOf(d.gap, max)} className="bar-gap" />}
              {i % labelEvery === 0 && (
                <text x={x + barWidth / 2} y={CHART.top + plotHeight + 14} className="tick" textAnchor="middle">
                  {d.day.slice(5)}
                </text>
              )}
            </g>
          );
        })}
        <text x={CHART.left + plotWidth / 2} y={CHART.height - 8} className="axis-label" textAnchor="middle">
          Local day (month-day)
        </text>
        <text transform={`translate(14 ${CHART.top + plotHeight / 2}) rotate(-90)`} className="axis-label" textAnchor="middle">
          Officer-shifts (count)
        </text>
      </svg>
    </ChartCard>
  );
}
