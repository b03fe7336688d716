// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartAxes, XTick } from '../src/features/dashboards/chart-axes.tsx';

describe('a dashboard chart’s axes', () => {
  afterEach(cleanup);

  it('draws a gridline and a label per y tick, the marks over them and both axis titles last', () => {
    const { container } = render(
      <ChartAxes className="test-chart" max={10} ticks={[0, 5, 10]} tickSuffix=" %" xTitle="Week starting (month-day)" yTitle="Share of duty hours (%)">
        <rect className="bar" />
        <XTick x={100}>03-02</XTick>
      </ChartAxes>,
    );
    const svg = container.querySelector('svg.test-chart')!;
    expect(svg.getAttribute('viewBox')).toBe('0 0 480 260');
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    // Plot area from y 14 (top, the max) to 208 (0): 194 units tall, so 5 of 10 is at 111.
    const gridlines = [...svg.querySelectorAll('line.gridline')];
    expect(gridlines.map((l) => Number(l.getAttribute('y1')))).toEqual([208, 111, 14]);
    expect(gridlines.map((l) => [Number(l.getAttribute('x1')), Number(l.getAttribute('x2'))])).toEqual([
      [52, 468],
      [52, 468],
      [52, 468],
    ]);
    const yLabels = [...svg.querySelectorAll('g > text.tick')];
    expect(yLabels.map((t) => t.textContent)).toEqual(['0 %', '5 %', '10 %']);
    expect(yLabels.map((t) => Number(t.getAttribute('y')))).toEqual([212, 115, 18]);
    const xTick = svg.querySelector(':scope > text.tick')!;
    expect([Number(xTick.getAttribute('x')), Number(xTick.getAttribute('y')), xTick.textContent]).toEqual([100, 222, '03-02']);
    // Order of painting: gridlines, then the marks, then the titles.
    expect([...svg.children].map((c) => c.getAttribute('class'))).toEqual([null, null, null, 'bar', 'tick', 'axis-label', 'axis-label']);
    const [xTitle, yTitle] = [...svg.querySelectorAll('text.axis-label')];
    expect(xTitle!.textContent).toBe('Week starting (month-day)');
    expect(Number(xTitle!.getAttribute('x'))).toBe(260);
    expect(yTitle!.textContent).toBe('Share of duty hours (%)');
    expect(yTitle!.getAttribute('transform')).toBe('translate(14 111) rotate(-90)');
  });

  it('shows the bare numbers when no suffix is given', () => {
    const { container } = render(
      <ChartAxes className="c" max={4} ticks={[0, 2, 4]} xTitle="x" yTitle="y">
        {null}
      </ChartAxes>,
    );
    expect([...container.querySelectorAll('text.tick')].map((t) => t.textContent)).toEqual(['0', '2', '4']);
  });
});
