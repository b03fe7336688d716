import type { Dashboards } from '../../api-client/wire-types.ts';
import { ChartAxes, XTick } from './chart-axes.tsx';
import { ChartCard } from './chart-card.tsx';
import type { ChartTable } from './chart-table.ts';
import { CHART, niceTicks, plotWidth, yOf } from './svg-scale.ts';

type Exceedances = Dashboards['exceedances'];

export function exceedancesTable(exceedances: Exceedances): ChartTable {
  return {
    columns: ['week_start', 'week_end', 'warn_findings', 'block_findings', 'blocks_overridden', 'overrides_granted', 'overrides_revoked'],
    labels: ['Week from', 'Week to', 'Warn findings', 'Block findings', 'Of them overridden', 'Overrides granted', 'Overrides revoked'],
    rows: exceedances.weeks.map((w) => [w.start, w.end, w.warn, w.block, w.overridden, w.overridesGranted, w.overridesRevoked]),
  };
}

/** Stacked weekly bars of warn and block findings, with the overrides granted as a line on the same count axis. */
export function ExceedancesChart({ exceedances, filename }: { readonly exceedances: Exceedances; readonly filename: string }) {
  const weeks = exceedances.weeks;
  const { max, ticks } = niceTicks(Math.max(1, ...weeks.map((w) => Math.max(w.warn + w.block, w.overridesGranted))));
  const slot = plotWidth / Math.max(1, weeks.length);
  const barWidth = slot * 0.6;
  const mid = (i: number) => CHART.left + i * slot + slot / 2;
  const { total } = exceedances;
  const topRules = new Map<string, number>();
  for (const w of weeks) for (const r of w.byRule) topRules.set(r.ruleId, (topRules.get(r.ruleId) ?? 0) + r.warn + r.block);
  const [topRule] = [...topRules].sort((a, b) => b[1] - a[1]);
  const summary =
    `${total.warn} warn and ${total.block} block findings in ${weeks.length} weeks (${total.overridden} blocks overridden); ` +
    `${total.overridesGranted} overrides granted and ${total.overridesRevoked} revoked.` +
    (topRule ? ` Most often: ${topRule[0]} (${topRule[1]}).` : '');
  return (
    <ChartCard
      title="Exceedances and overrides per week"
      metric={exceedances.metric}
      summary={summary}
      table={exceedancesTable(exceedances)}
      filename={filename}
      legend={
        <>
          <span className="key key-warn" aria-hidden="true" /> warn findings <span className="key key-block" aria-hidden="true" /> block findings{' '}
          <span className="key key-line" aria-hidden="true" /> overrides granted (line)
        </>
      }
    >
      <ChartAxes className="exceedances" max={max} ticks={ticks} xTitle="Week starting (month-day)" yTitle="Findings and overrides (count)">
        {weeks.map((w, i) => {
          const x = mid(i) - barWidth / 2;
          return (
            <g key={w.start}>
              <rect x={x} width={barWidth} y={yOf(w.warn, max)} height={yOf(0, max) - yOf(w.warn, max)} className="bar-warn" />
              <rect x={x} width={barWidth} y={yOf(w.warn + w.block, max)} height={yOf(0, max) - yOf(w.block, max)} className="bar-block" />
              <text x={mid(i)} y={yOf(w.warn + w.block, max) - 3} className="value" textAnchor="middle">
                {w.warn}+{w.block}
              </text>
              <XTick x={mid(i)}>{w.start.slice(5)}</XTick>
            </g>
          );
        })}
        <polyline points={weeks.map((w, i) => `${mid(i)},${yOf(w.overridesGranted, max)}`).join(' ')} className="line-overrides" />
        {weeks.map((w, i) => (
          <circle key={w.start} cx={mid(i)} cy={yOf(w.overridesGranted, max)} r={3} className="dot-overrides" />
        ))}
      </ChartAxes>
    </ChartCard>
  );
}
