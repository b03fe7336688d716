import { describe, expect, it } from 'vitest';
import { runInProcess, tempFile } from './run-cli.ts';

describe('muster hours', () => {
  it('reports FLSA 7(k) periods and Title 5 weeks per officer', async () => {
    // Two 12-h days and three 8-h days in the week of Sunday 2026-01-04 (anchor of the default period).
    const shifts = tempFile(
      'shifts.csv',
      [
        'officer_id,start,end,kind',
        'O-1,2026-01-05T07:00Z,2026-01-05T19:00Z,regular',
        'O-1,2026-01-06T07:00Z,2026-01-06T19:00Z,regular',
        'O-1,2026-01-07T07:00Z,2026-01-07T15:00Z,regular',
        'O-1,2026-01-08T07:00Z,2026-01-08T15:00Z,regular',
        'O-1,2026-01-09T07:00Z,2026-01-09T15:00Z,overtime',
        'O-1,2026-01-10T07:00Z,2026-01-10T19:00Z,on_call',
      ].join('\n'),
    );
    const { code, stdout } = await runInProcess('hours', '--shifts', shifts, '--json');
    expect(code).toBe(0);
    const [officer] = JSON.parse(stdout).officers;
    expect(officer.flsa7k).toEqual([{ periodStart: '2026-01-04', periodEnd: '2026-01-31', hoursWorked: 48, thresholdHours: 171, overtimeHours: 0, overtimeRecordHours: 8 }]);
    // 4 h over 8 on each 12-h day = 8 h daily overtime; 48 − 8 = 40 h leaves no weekly overtime.
    expect(officer.title5).toEqual([{ weekStart: '2026-01-04', weekEnd: '2026-01-10', hoursWorked: 48, dailyOvertimeHours: 8, weeklyOvertimeHours: 0, overtimeHours: 8 }]);
  });
});
