// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dashboards } from '../src/api-client/wire-types.ts';
import { chartCsv } from '../src/features/dashboards/chart-table.ts';
import { ExceedancesChart } from '../src/features/dashboards/exceedances-chart.tsx';
import { OvertimeHistogram } from '../src/features/dashboards/overtime-histogram.tsx';

const overtime: Dashboards['overtime'] = {
  metric: { id: 'overtime-hours-per-officer', version: 1, definition: 'Hours of overtime per officer in scope over the range.' },
  officers: 20,
  totalHours: 231,
  meanHours: 11.55,
  medianHours: 5,
  maxHours: 60,
  topDecile: { officers: 2, hours: 100, share: 0.4329, minHours: 40 },
  bins: [
    { fromHours: 0, toHours: 0, officers: 8, topDecileOfficers: 0 },
    { fromHours: 0, toHours: 8, officers: 4, topDecileOfficers: 0 },
    { fromHours: 8, toHours: 16, officers: 6, topDecileOfficers: 0 },
    { fromHours: 16, toHours: 24, officers: 2, topDecileOfficers: 2 },
  ],
};

describe('a dashboard chart', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('draws one bar per bin, marks the top decile, and says the figures in words with the definition and version', () => {
    const { container } = render(<OvertimeHistogram overtime={overtime} filename="overtime-hours-per-officer-v1_2026-03-02_2026-03-29" />);
    expect(container.querySelectorAll('rect.bar')).toHaveLength(4);
    expect(container.querySelectorAll('rect.bar-top')).toHaveLength(1);
    // The 16–24 h bin is all top decile; the top part sits on the rest of its bar, together as tall as the count.
    const [, , rest, restOfTop] = [...container.querySelectorAll('rect.bar')].map((r) => [Number(r.getAttribute('y')), Number(r.getAttribute('height'))] as const);
    const top = container.querySelector('rect.bar-top')!;
    expect(restOfTop![1]).toBe(0);
    expect(Number(top.getAttribute('y')) + Number(top.getAttribute('height'))).toBeCloseTo(restOfTop![0], 6);
    expect(Number(top.getAttribute('height'))).toBeCloseTo(rest![1] / 3, 6); // 2 officers against the 6 of the bin before
    const image = screen.getByRole('img');
    expect(image.getAttribute('aria-label')).toContain('The top decile (2 officers, 40 h or more) worked 43.3 % of all overtime hours.');
    expect(container.querySelector('figcaption')!.textContent).toBe('overtime-hours-per-officer@1: Hours of overtime per officer in scope over the range.');
    expect(container.querySelector('svg')!.textContent).toContain('Overtime in the range (hours, bin upper edge)');
  });

  it('shows the plotted rows as a table on demand', () => {
    const { container } = render(<OvertimeHistogram overtime={overtime} filename="f" />);
    const table = container.querySelector('.chart-data')!;
    expect(table.hasAttribute('hidden')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Show data' }));
    expect(table.hasAttribute('hidden')).toBe(false);
    expect(screen.getByRole('button', { name: 'Hide data' }).getAttribute('aria-expanded')).toBe('true');
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['0', '0', '8', '0'],
      ['0', '8', '4', '0'],
      ['8', '16', '6', '0'],
      ['16', '24', '2', '2'],
    ]);
  });

  it('downloads exactly the plotted data as CSV, named after the metric and range', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(<OvertimeHistogram overtime={overtime} filename="overtime-hours-per-officer-v1_2026-03-02_2026-03-29" />);
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(names).toEqual(['overtime-hours-per-officer-v1_2026-03-02_2026-03-29.csv']);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    expect(await blobs[0]!.text()).toBe('bin_from_hours,bin_to_hours,officers,top_decile_officers\r\n0,0,8,0\r\n0,8,4,0\r\n8,16,6,0\r\n16,24,2,2\r\n');
  });

  it('stacks warn and block findings per week and states the overrides', () => {
    const exceedances: Dashboards['exceedances'] = {
      metric: { id: 'exceedances-per-week', version: 1, definition: 'Warn and block findings per week.' },
      weeks: [
        {
          start: '2026-03-02',
          end: '2026-03-08',
          days: 7,
          warn: 10,
          block: 2,
          overridden: 1,
          overridesGranted: 1,
          overridesRevoked: 0,
          byRule: [{ ruleId: 'rest.min-between-duties', warn: 10, block: 2 }],
        },
        {
          start: '2026-03-09',
          end: '2026-03-15',
          days: 7,
          warn: 4,
          block: 0,
          overridden: 0,
          overridesGranted: 0,
          overridesRevoked: 1,
          byRule: [{ ruleId: 'duty.max-length', warn: 4, block: 0 }],
        },
      ],
      total: { warn: 14, block: 2, overridden: 1, overridesGranted: 1, overridesRevoked: 1 },
    };
    const { container } = render(<ExceedancesChart exceedances={exceedances} filename="e" />);
    expect(container.querySelectorAll('rect.bar-warn')).toHaveLength(2);
    expect(container.querySelector('polyline.line-overrides')!.getAttribute('points')!.split(' ')).toHaveLength(2);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(
      '14 warn and 2 block findings in 2 weeks (1 blocks overridden); 1 overrides granted and 1 revoked. Most often: rest.min-between-duties (12).',
    );
  });

  it('quotes CSV values that hold commas or quotes, and leaves null empty', () => {
    expect(
      chartCsv({
        columns: ['a', 'b'],
        labels: ['A', 'B'],
        rows: [
          ['x,y', null],
          ['say "hi"', 1],
        ],
      }),
    ).toBe('a,b\r\n"x,y",\r\n"say ""hi""",1\r\n');
  });
});
