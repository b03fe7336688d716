import { describe, expect, it } from 'vitest';
import { EXAMPLES, runInProcess } from './run-cli.ts';

const data = ['--officers', `${EXAMPLES}officers.csv`, '--qualifications', `${EXAMPLES}qualifications.csv`, '--shifts', `${EXAMPLES}shifts.csv`];
const saturdayDay = ['--start', '2026-03-21T07:00', '--end', '2026-03-21T15:00', '--timezone', 'America/Chicago', '--qualification', 'firearms'];

describe('muster overtime', () => {
  it('offers the shift to volunteers first and explains each skip', async () => {
    const { code, stdout } = await runInProcess('overtime', ...saturdayDay, ...data, '--volunteers', `${EXAMPLES}volunteers.csv`, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.assigned).toEqual({ officerId: 'O-1006', forced: false });
    expect(result.entries[0]).toMatchObject({ turn: 1, officerId: 'O-1007', list: 'voluntary', outcome: 'skipped', skip: { gate: 'rest.min-between-duties' } });
    expect(result.entries[0].skip.reason).toContain('Only 9 h rest between duties');
    expect(result.entries.filter((e: { list: string }) => e.list === 'mandatory').map((e: { officerId: string }) => e.officerId)).toEqual([
      'O-1003',
      'O-1005',
      'O-1002',
      'O-1008',
      'O-1001',
    ]);
  });

  it('makes it forced overtime for the least senior able officer when nobody volunteers', async () => {
    const { stdout } = await runInProcess('overtime', ...saturdayDay, ...data, '--json');
    const result = JSON.parse(stdout);
    expect(result.assigned.forced).toBe(true);
    // The least senior, O-1003 (hired 2025-11-03), holds firearms and has 13 h of rest: the shift is hers.
    expect(result.assigned.officerId).toBe('O-1003');
  });

  it('rejects an unknown volunteer with the file and line', async () => {
    const { tempFile } = await import('./run-cli.ts');
    const volunteers = tempFile('volunteers.csv', 'officer_id\nO-1006\nO-4242\n');
    const { code, stderr } = await runInProcess('overtime', ...saturdayDay, ...data, '--volunteers', volunteers);
    expect(code).toBe(2);
    expect(stderr).toContain('volunteers.csv:3:1: officer_id: unknown officer "O-4242". Maybe add them to the officers file? [import.unknown-officer]');
  });

  it('reads the volunteers file like every other import: a missing column and a repeated officer are named with their line', async () => {
    const { tempFile } = await import('./run-cli.ts');
    const noColumn = tempFile('volunteers.csv', 'officer\nO-1006\n');
    const missing = await runInProcess('overtime', ...saturdayDay, ...data, '--volunteers', noColumn);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/volunteers\.csv:1:.*officer_id.*\[import\.missing-column\]/);
    const twice = tempFile('volunteers.csv', 'officer_id\nO-1006\n"O-1006"\n');
    const repeated = await runInProcess('overtime', ...saturdayDay, ...data, '--volunteers', twice);
    expect(repeated.code).toBe(2);
    expect(repeated.stderr).toContain('volunteers.csv:3:1: officer_id: officer "O-1006" is listed twice [import.duplicate-id]');
  });
});
