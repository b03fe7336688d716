import { describe, expect, it } from 'vitest';
import { ROW_HEIGHT_PX, rowWindow } from '../src/features/roster-board/board-table.tsx';
import { rosterJobOverlays } from '../src/features/roster-board/roster-job-overlay.ts';

describe('the rows of the board drawn for a scroll position', () => {
  it('draws the rows in view and 12 either side', () => {
    // 600 px of viewport shows 12.5 rows of 48 px: 13, plus 12 above and below.
    expect(rowWindow(150 * ROW_HEIGHT_PX, 600, 300)).toEqual({ first: 138, count: 37 });
    expect(rowWindow(0, 600, 300)).toEqual({ first: 0, count: 37 });
  });

  it('stops at the last row, and shows the end of a list shorter than the old scroll position', () => {
    expect(rowWindow(295 * ROW_HEIGHT_PX, 600, 300)).toEqual({ first: 275, count: 25 });
    expect(rowWindow(200 * ROW_HEIGHT_PX, 600, 20)).toEqual({ first: 0, count: 20 });
    expect(rowWindow(0, 600, 0)).toEqual({ first: 0, count: 0 });
  });

  it('draws a screenful before the viewport is measured', () => {
    expect(rowWindow(0, 0, 300).count).toBe(Math.ceil(900 / ROW_HEIGHT_PX) + 24);
  });
});

describe('a finished roster search drawn over the board', () => {
  it("puts each added shift on the officer's local day it starts and lists the drafts it cancels", () => {
    const overlays = rosterJobOverlays(
      {
        added: [
          // 22:00 CST on 2026-03-07 (Saturday) is 04:00Z on the 8th.
          { officerId: 'N1', start: '2026-03-08T04:00:00Z', end: '2026-03-08T13:00:00Z', kind: 'regular' },
          { officerId: 'N1', start: '2026-03-09T12:00:00Z', end: '2026-03-09T22:00:00Z', kind: 'regular' },
        ],
        removed: [{ id: 41, officerId: 'N2', start: '2026-03-09T12:00:00Z', end: '2026-03-09T22:00:00Z', kind: 'regular', status: 'draft', updatedAt: '2026-03-01T00:00:00Z' }],
      },
      () => 'America/Chicago',
    );
    expect([...overlays.keys()]).toEqual(['N1', 'N2']);
    // The night starts before the spring-forward and ends after it: 22:00 CST to 08:00 CDT.
    expect([...overlays.get('N1')!.added]).toEqual([
      ['2026-03-07', ['22:00–08:00']],
      ['2026-03-09', ['07:00–17:00']],
    ]);
    expect([...overlays.get('N2')!.removed]).toEqual([41]);
    expect(overlays.get('N2')!.added.size).toBe(0);
  });
});
