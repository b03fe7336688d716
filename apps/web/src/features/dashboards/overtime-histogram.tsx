import type { Dashboards } from '../../api-client/wire-types.ts';
import { ChartCard } from './chart-card.tsx';
import type { ChartTable } from './chart-table.ts';
import { CHART, niceTicks, percent, plotHeight, plotWidth, yOf } from './svg-scale.ts';

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
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} aria-hidden="true" className="overtime-histogram">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={CHART.left} x2={CHART.width - CHART.right} y1={yOf(t, max)} y2={yOf(t, max)} className="gridline" />
            <text x={CHART.left - 6} y={yOf(t, max) + 4} className="tick" textAnchor="end">
              {t}
            </text>
          </g>
        ))}
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
              {(bins.length <= 12 || i % Math.ceil(bins.length / 12) === 0) && (
                <text x={x + barWidth / 2} y={CHART.top + plotHeight + 14} className="tick" textAnchor="middle">
                  {b.toHours === 0 ? '0' : b.toHours}
                </text>
              )}
            </g>
          );
        })}
        <text x={CHART.left + plotWidth / 2} y={CHART.height - 8} className="axis-label" textAnchor="middle">
          Overtime in the range (hours, bin upper edge)
        </text>
        <text transform={`translate(14 ${CHART.top + plotHeight / 2}) rotate(-90)`} className="axis-label" textAnchor="middle">
          Officers
        </text>
      </svg>
    </ChartCard>
  );
}
