import type { ReactNode } from 'react';
import { CHART, plotHeight, plotWidth, yOf } from './svg-scale.ts';

export interface ChartAxesProps {
  /** The svg's class, which the chart's CSS and tests select by. */
  readonly className: string;
  /** The y axis's top value and its ticks, as `niceTicks` returns them. */
  readonly max: number;
  readonly ticks: readonly number[];
  /** Said after each y tick's number, e.g. `' %'`. */
  readonly tickSuffix?: string;
  /** The axes' titles, with their units. */
  readonly xTitle: string;
  readonly yTitle: string;
  /** The bars, lines and x tick labels: drawn over the gridlines, under the axis titles. */
  readonly children: ReactNode;
}

/**
 * A dashboard chart's SVG: a horizontal gridline and a label at each y tick, the chart's own marks,
 * and both axis titles (the y one turned upright). Hidden from screen readers: the card names the image.
 */
export function ChartAxes({ className, max, ticks, tickSuffix, xTitle, yTitle, children }: ChartAxesProps) {
  return (
    <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} aria-hidden="true" className={className}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={CHART.left} x2={CHART.width - CHART.right} y1={yOf(t, max)} y2={yOf(t, max)} className="gridline" />
          <text x={CHART.left - 6} y={yOf(t, max) + 4} className="tick" textAnchor="end">
            {t}
            {tickSuffix}
          </text>
        </g>
      ))}
      {children}
      <text x={CHART.left + plotWidth / 2} y={CHART.height - 8} className="axis-label" textAnchor="middle">
        {xTitle}
      </text>
      <text transform={`translate(14 ${CHART.top + plotHeight / 2}) rotate(-90)`} className="axis-label" textAnchor="middle">
        {yTitle}
      </text>
    </svg>
  );
}

/** A label under the plot, centred on `x` (a bar's middle). */
export function XTick({ x, children }: { readonly x: number; readonly children: ReactNode }) {
  return (
    <text x={x} y={CHART.top + plotHeight + 14} className="tick" textAnchor="middle">
      {children}
    </text>
  );
}
