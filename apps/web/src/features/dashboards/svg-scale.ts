/** Plot geometry shared by the dashboard charts: a viewBox and its inner plotting area. */
export const CHART = { width: 480, height: 260, left: 52, right: 12, top: 14, bottom: 52 } as const;

export const plotWidth = CHART.width - CHART.left - CHART.right;
export const plotHeight = CHART.height - CHART.top - CHART.bottom;

/** A y position for `value` on an axis from 0 to `max` (the top). */
export function yOf(value: number, max: number): number {
  return CHART.top + plotHeight - (max > 0 ? (value / max) * plotHeight : 0);
}

/** A round axis maximum at or above `value` and its ticks (1, 2 or 5 × 10ⁿ steps, about five of them). */
export function niceTicks(value: number): { max: number; ticks: number[] } {
  if (!(value > 0)) return { max: 1, ticks: [0, 1] };
  const rough = value / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const max = Math.ceil(value / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= max + step / 2; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return { max, ticks };
}

/** `0.0834` → `8.3 %`. */
export function percent(share: number | null): string {
  return share === null ? 'no duty' : `${(share * 100).toFixed(1)} %`;
}
