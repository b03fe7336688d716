import { describe, expect, it } from 'vitest';
import { EXAMPLES, runInProcess, tempFile } from './run-cli.ts';

const data = ['--officers', `${EXAMPLES}officers.csv`, '--qualifications', `${EXAMPLES}qualifications.csv`];

describe('muster roster', () => {
  it('writes a shifts.csv for the range that muster check finds free of block findings', async () => {
    const out = tempFile('roster.csv', '');
    const roster = await runInProcess(
      'roster',
      ...data,
      '--templates',
      `${EXAMPLES}templates.csv`,
      '--demand',
      `${EXAMPLES}demand.csv`,
      '--requests',
      `${EXAMPLES}requests.csv`,
      '--shifts',
      `${EXAMPLES}shifts.csv`,
      '--from',
      '2026-04-06',
      '--to',
      '2026-04-12',
      '--steps',
      '15000',
      '--out',
      out,
      '--json',
    );
    expect(roster.code).toBe(0);
    const summary = JSON.parse(roster.stdout);
    expect(summary).toMatchObject({ hardViolations: 0, uncovered: [] });
    // D ×2, E, N daily and a weekday supervisor: all covered (over-cover is a soft cost, allowed).
    expect(summary.rostered).toBeGreaterThanOrEqual(4 * 7 + 5);
    const check = await runInProcess('check', '--shifts', out, ...data, '--from', '2026-04-06', '--to', '2026-04-12', '--json');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).summary.byLevel.block).toBe(0);
  });

  it('reports uncovered demand explicitly and exits 1', async () => {
    const demand = tempFile('demand.csv', 'date,template_id,role,count,qualifications\n2026-04-06,D,negotiator,2,language-spanish\n');
    const { code, stderr } = await runInProcess(
      'roster',
      ...data,
      '--templates',
      `${EXAMPLES}templates.csv`,
      '--demand',
      demand,
      '--from',
      '2026-04-06',
      '--to',
      '2026-04-06',
      '--steps',
      '200',
    );
    expect(code).toBe(1);
    expect(stderr).toContain('uncovered: 2026-04-06 D negotiator ×2');
  });

  it('names the file, line and field of bad templates and demand', async () => {
    const templates = tempFile('templates.csv', 'template_id,start,end,kind\nD,7am,15:00,regular\n');
    const { code, stderr } = await runInProcess('roster', ...data, '--templates', templates, '--demand', `${EXAMPLES}demand.csv`, '--from', '2026-04-06', '--to', '2026-04-06');
    expect(code).toBe(2);
    expect(stderr).toContain('templates.csv:2:3: start: expected a local time "HH:MM", got "7am" [import.bad-time]');
  });
});
