import { describe, expect, it } from 'vitest';
import { EXAMPLES, runBin, runInProcess, tempFile } from './run-cli.ts';

const withExamples = [
  '--shifts',
  `${EXAMPLES}shifts.csv`,
  '--officers',
  `${EXAMPLES}officers.csv`,
  '--qualifications',
  `${EXAMPLES}qualifications.csv`,
  '--operations',
  `${EXAMPLES}operations.json`,
];

describe('muster check', () => {
  it('prints findings as JSON with the documented fields and exits 1 on a block', async () => {
    const { code, stdout } = await runInProcess('check', ...withExamples, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report.findings[0]).sort()).toEqual(['end', 'level', 'limit', 'measured', 'message', 'officerId', 'ruleId', 'start', 'unit']);
    const pit = report.findings.find((f: { ruleId: string }) => f.ruleId === 'qualification.required');
    expect(pit).toMatchObject({ level: 'block', officerId: 'O-1005', start: '2026-03-12T19:00:00-05:00', end: '2026-03-13T03:00:00-05:00', measured: 3, limit: 0, unit: 'h' });
    expect(pit.message).toContain('requires qualification "pit", but it lapses on 2026-03-12');
    expect(report.summary.byLevel.block).toBe(report.findings.filter((f: { level: string }) => f.level === 'block').length);
    expect(report.summary.officersChecked).toBe(8);
  });

  it('groups the text report by officer and names each rule', async () => {
    const { stdout } = await runInProcess('check', ...withExamples);
    expect(stdout).toMatch(/^O-1003 {2}Lena Fischer — North, Officer Trainee \(America\/Chicago\)$/m);
    expect(stdout).toMatch(/BLOCK {2}duty\.max-length +2026-03-03 06:00 → 2026-03-03 22:30 +16\.5 h vs 16 h/);
    expect(stdout).not.toMatch(/^O-1001 /m); // a clean roster has no section
  });

  it('reports predicted-fatigue findings with the sleep they assumed', async () => {
    const { stdout } = await runInProcess('check', ...withExamples, '--json');
    const fatigue = JSON.parse(stdout).findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('fatigue.'));
    const firstNight = fatigue.find(
      (f: { ruleId: string; officerId: string; start: string }) => f.ruleId === 'fatigue.kss-on-duty' && f.officerId === 'O-1002' && f.start === '2026-02-23T22:00:00-06:00',
    );
    expect(firstNight).toMatchObject({ level: 'warn', limit: 7, unit: 'KSS', end: '2026-02-24T08:00:00-06:00' });
    expect(firstNight.message).toContain('Predicted sleepiness peaks at KSS 7.8 at 2026-02-24 04:25, 21.42 h after waking');
    expect(firstNight.message).toContain('(inferred, habitual-night)');
    expect(new Set(fatigue.map((f: { ruleId: string }) => f.ruleId))).toEqual(
      new Set(['fatigue.kss-on-duty', 'fatigue.lapses-on-duty', 'fatigue.awake-at-end-of-duty', 'fatigue.risk-index']),
    );
  });

  it('exits 0 when there is no block finding', async () => {
    const shifts = tempFile('shifts.csv', 'officer_id,start,end,kind\nO-1,2026-01-05T07:00,2026-01-05T15:00,regular\nO-1,2026-01-06T07:00,2026-01-06T20:00,regular\n');
    const { code, stdout } = await runInProcess('check', '--shifts', shifts, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings.map((f: { ruleId: string; level: string }) => `${f.ruleId}:${f.level}`)).toEqual(['duty.max-length:warn']);
  });

  it('limits the report to --from/--to while counting hours before them', async () => {
    const { stdout } = await runInProcess('check', ...withExamples, '--from', '2026-03-12', '--to', '2026-03-12', '--json');
    const findings = JSON.parse(stdout).findings as { start: string; end: string }[];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.end > '2026-03-12').toBe(true);
      expect(f.start < '2026-03-13').toBe(true);
    }
  });

  it('applies a policy file', async () => {
    const { stdout } = await runInProcess('check', ...withExamples, '--policy', `${EXAMPLES}policy.yaml`, '--json');
    const report = JSON.parse(stdout);
    expect(report.summary.policy).toBe('North field office 2026');
    expect(report.findings.some((f: { ruleId: string; level: string; limit: number }) => f.ruleId === 'nights.max-consecutive' && f.limit === 3)).toBe(true);
  });

  it('exits 2 and names file, line, column and field for bad input, printing no findings', () => {
    const { code, stdout, stderr } = runBin('check', '--shifts', `${EXAMPLES}bad-shifts.csv`, '--officers', `${EXAMPLES}officers.csv`);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('nothing was imported');
    expect(stderr).toContain('bad-shifts.csv:3:1: officer_id: unknown officer "O-9999"');
    expect(stderr).toContain('bad-shifts.csv:4:8: start: "2026-03-08T02:30" does not exist in America/Chicago');
  });

  it('exits 2 with the key and line of a bad policy', () => {
    const policy = tempFile('policy.yaml', 'rules:\n  duty.max-lenght:\n    warn: 10\n');
    const { code, stderr } = runBin('check', '--shifts', `${EXAMPLES}shifts.csv`, '--policy', policy);
    expect(code).toBe(2);
    expect(stderr).toMatch(/policy\.yaml:2:\d+: rules\.duty\.max-lenght: unknown key "duty\.max-lenght"\. Maybe "duty\.max-length"\?/);
  });

  it('exits 2 on usage errors', () => {
    expect(runBin('check').code).toBe(2);
    expect(runBin('check', '--shifts', `${EXAMPLES}shifts.csv`, '--from', '03/12/2026').code).toBe(2);
    expect(runBin('check', '--shifts', '/no/such/file.csv').stderr).toContain('cannot read "/no/such/file.csv"');
    expect(runBin('frobnicate').code).toBe(2);
  });

  it('runs from the repository root through npx without a build step', () => {
    const result = runBin('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('check [options]');
  });
});
