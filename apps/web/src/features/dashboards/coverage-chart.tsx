import type { Dashboards } from '../../api-client/wire-types.ts';
import { ChartAxes, XTick } from './chart-axes.tsx';
import { ChartCard } from './chart-card.tsx';
import type { ChartTable } from './chart-table.ts';
import { CHART, niceTicks, plotWidth, yOf } from './svg-scale.ts';

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
      <ChartAxes className="coverage" max={max} ticks={ticks} xTitle="Local day (month-day)" yTitle="Officer-shifts (count)">
        {days.map((d, i) => {
          const x = CHART.left + i * slot + (slot - barWidth) / 2;
          return (
            <g key={d.day}>
              <rect x={x} width={barWidth} y={yOf(d.covered, max)} height={yOf(0, max) - yOf(d.covered, max)} className="bar-covered" />
              {d.gap > 0 && <rect x={x} width={barWidth} y={yOf(d.required, max)} height={yOf(0, max) - yOf(d.gap, max)} className="bar-gap" />}
              {i % labelEvery === 0 && <XTick x={x + barWidth / 2}>{d.day.slice(5)}</XTick>}
            </g>
          );
        })}
      </ChartAxes>
    </ChartCard>
  );
}
