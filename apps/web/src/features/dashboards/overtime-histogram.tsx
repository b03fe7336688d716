import type { Dashboards } from '../../api-client/wire-types.ts';
import { ChartAxes, XTick } from './chart-axes.tsx';
import { ChartCard } from './chart-card.tsx';
import type { ChartTable } from './chart-table.ts';
import { CHART, niceTicks, percent, plotWidth, yOf } from './svg-scale.ts';

type Overtime = Dashboards['overtime'];

/** The plotted rows: officers per bin, and how many of them are in the top decile. */
export function overtimeTable(overtime: Overtime): ChartTable {
  return {
    columns: ['bin_from_hours', 'bin_to_hours', 'officers', 'top_decile_officers'],
    labels: ['From (h, exclusive)', 'To (h, inclusive)', 'Officers', 'Of them in the top decile'],
    rows: overtime.bins.map((b) => [b.fromHours, b.toHours, b.officers, b.topDecileOfficers]),
  };
}

/** Officers by overtime hours over the range, the top decile's part of each bar marked (dark, and said in the legend and summary). */
export function OvertimeHistogram({ overtime, filename }: { readonly overtime: Overtime; readonly filename: string }) {
  const { bins, topDecile } = overtime;
  const { max, ticks } = niceTicks(Math.max(...bins.map((b) => b.officers)));
  const slot = plotWidth / bins.length;
  const barWidth = Math.max(2, slot * 0.8);
  const summary =
    overtime.totalHours === 0
      ? `No overtime among ${overtime.officers} officers.`
      : `${overtime.officers} officers worked ${overtime.totalHours} h of overtime: mean ${overtime.meanHours} h, median ${overtime.medianHours} h, most ${overtime.maxHours} h per officer. ` +
        `The top decile (${topDecile.officers} officers, ${topDecile.minHours} h or more) worked ${percent(topDecile.share)} of all overtime hours.`;
  return (
    <ChartCard
      title="Overtime hours per officer"
      metric={overtime.metric}
      summary={summary}
      table={overtimeTable(overtime)}
      filename={filename}
      {...(overtime.officers === 0 ? { empty: 'No officers in this scope.' } : {})}
      legend={
        <>
          <span className="key key-bar" aria-hidden="true" /> officers <span className="key key-top" aria-hidden="true" /> top decile: {topDecile.officers} officers,{' '}
          {percent(topDecile.share)} of overtime hours
        </>
      }
    >
      <ChartAxes className="overtime-histogram" max={max} ticks={ticks} xTitle="Overtime in the range (hours, bin upper edge)" yTitle="Officers">
        {bins.map((b, i) => {
          const x = CHART.left + i * slot + (slot - barWidth) / 2;
          const rest = b.officers - b.topDecileOfficers;
          return (
            <g key={i} className="bin">
              <rect x={x} width={barWidth} y={yOf(rest, max)} height={yOf(0, max) - yOf(rest, max)} className="bar" />
              {b.topDecileOfficers > 0 && <rect x={x} width={barWidth} y={yOf(b.officers, max)} height={yOf(0, max) - yOf(b.topDecileOfficers, max)} className="bar-top" />}
              {b.officers > 0 && (
                <text x={x + barWidth / 2} y={yOf(b.officers, max) - 3} className="value" textAnchor="middle">
                  {b.officers}
                </text>
              )}
              {(bins.length <= 12 || i % Math.ceil(bins.length / 12) === 0) && <XTick x={x + barWidth / 2}>{b.toHours === 0 ? '0' : b.toHours}</XTick>}
            </g>
          );
        })}
      </ChartAxes>
    </ChartCard>
  );
}
