import type { Dashboards } from '../../api-client/wire-types.ts';
import { ChartCard } from './chart-card.tsx';
import type { ChartTable } from './chart-table.ts';
import { CHART, niceTicks, plotHeight, plotWidth, yOf } from './svg-scale.ts';

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
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} aria-hidden="true" className="exceedances">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={CHART.left} x2={CHART.width - CHART.right} y1={yOf(t, max)} y2={yOf(t, max)} className="gridline" />
            <text x={CHART.left - 6} y={yOf(t, max) + 4} className="tick" textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        {weeks.map((w, i) => {
          const x = mid(i) - barWidth / 2;
          return (
            <g key={w.start}>
              <rect x={x} width={barWidth} y={yOf(w.warn, max)} height={yOf(0, max) - yOf(w.warn, max)} className="bar-warn" />
              <rect x={x} width={barWidth} y={yOf(w.warn + w.block, max)} height={yOf(0, max) - yOf(w.block, max)} className="bar-block" />
              <text x={mid(i)} y={yOf(w.warn + w.block, max) - 3} className="value" textAnchor="middle">
                {w.warn}+{w.block}
              </text>
              <text x={mid(i)} y={CHART.top + plotHeight + 14} className="tick" textAnchor="middle">
                {w.start.slice(5)}
              </text>
            </g>
          );
        })}
        <polyline points={weeks.map((w, i) => `${mid(i)},${yOf(w.overridesGranted, max)}`).join(' ')} className="line-overrides" />
        {weeks.map((w, i) => (
          <circle key={w.start} cx={mid(i)} cy={yOf(w.overridesGranted, max)} r={3} className="dot-overrides" />
        ))}
        <text x={CHART.left + plotWidth / 2} y={CHART.height - 8} className="axis-label" textAnchor="middle">
          Week starting (month-day)
        </text>
        <text transform={`translate(14 ${CHART.top + plotHeight / 2}) rotate(-90)`} className="axis-label" textAnchor="middle">
          Findings and overrides (count)
        </text>
      </svg>
    </ChartCard>
  );
}
