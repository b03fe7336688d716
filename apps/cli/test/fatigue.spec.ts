import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, runInProcess, tempFile } from './run-cli.ts';

const REFERENCE = `${ROOT}../shared/reference/fatigue/`;

function csvRows(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const keys = header!.split(',').map((k) => k.replaceAll('"', ''));
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [keys[i]!, v.replaceAll('"', '')])));
}

/** The scenario's sleep or duty rows as a start,end file, as a user would write it. */
function intervalsFile(scenario: string, kind: 'sleep' | 'duty'): string {
  const rows = csvRows(readFileSync(`${REFERENCE}scenario_inputs.csv`, 'utf8')).filter((r) => r['scenario'] === scenario && r['kind'] === kind);
  return tempFile(`${kind}.csv`, `start,end\n${rows.map((r) => `${r['start']},${r['end']}`).join('\n')}\n`);
}

describe('muster fatigue (reference mode)', () => {
  const windows = csvRows(readFileSync(`${REFERENCE}scenario_windows.csv`, 'utf8'));
  const cases = windows.flatMap((w) => (['tpm', 'unified'] as const).map((model) => [w['scenario']!, model, w] as const));

  it.each(cases)('reproduces %s (%s) column by column to 1e-9', async (scenario, model, window) => {
    const { code, stdout } = await runInProcess(
      'fatigue',
      '--sleep',
      intervalsFile(scenario, 'sleep'),
      '--duties',
      intervalsFile(scenario, 'duty'),
      '--from',
      window['series_start']!,
      '--to',
      window['series_end']!,
      '--model',
      model,
    );
    expect(code).toBe(0);
    const expected = csvRows(readFileSync(`${REFERENCE}${scenario}_${model === 'tpm' ? 'TPM' : 'unified'}.csv`, 'utf8'));
    const actual = csvRows(stdout);
    expect(actual).toHaveLength(expected.length);
    const columns = Object.keys(actual[0]!);
    expect(columns).toEqual(Object.keys(expected[0]!).filter((c) => c !== 'model'));
    let worst = 0;
    actual.forEach((row, k) => {
      expect(row['datetime']).toBe(expected[k]!['datetime']);
      for (const c of columns.slice(1)) worst = Math.max(worst, Math.abs(Number(row[c]) - Number(expected[k]![c])));
    });
    expect(worst).toBeLessThanOrEqual(1e-9);
  });

  it('prints JSON rows keyed by the same columns', async () => {
    const { stdout } = await runInProcess(
      'fatigue',
      '--sleep',
      intervalsFile('A_day_worker', 'sleep'),
      '--from',
      '2026-01-05T00:00',
      '--to',
      '2026-01-05T01:00',
      '--format',
      'json',
    );
    const json = JSON.parse(stdout);
    expect(json.columns).toEqual(['datetime', 'hours_since_start', 'time_of_day', 'awake', 'status_duration_h', 's', 'c', 'u', 'w', 'alertness', 'KSS']);
    expect(json.rows).toHaveLength(13);
    expect(json.rows[0]).toMatchObject({ datetime: '2026-01-05T00:00:00', s: 7.96, awake: 0 });
  });

  it('rejects overlapping sleep with the line, and a missing option', async () => {
    const sleep = tempFile('sleep.csv', 'start,end\n2026-01-05T00:00,2026-01-05T07:00\n2026-01-05T06:00,2026-01-05T08:00\n');
    const overlap = await runInProcess('fatigue', '--sleep', sleep, '--from', '2026-01-05T00:00', '--to', '2026-01-06T00:00');
    expect(overlap.code).toBe(2);
    expect(overlap.stderr).toContain('sleep.csv:3:1: start: overlaps the interval on line 2 [import.overlap]');
    expect((await runInProcess('fatigue', '--sleep', sleep)).code).toBe(2);
  });
});

describe('muster fatigue inputs', () => {
  it('refuses a sleep file of several officers in reference mode', async () => {
    const sleep = tempFile('sleep.csv', 'officer_id,start,end\nO-1,2026-01-05T00:00,2026-01-05T07:00\nO-2,2026-01-05T23:00,2026-01-06T07:00\n');
    const { code, stderr } = await runInProcess('fatigue', '--sleep', sleep, '--from', '2026-01-05T00:00', '--to', '2026-01-06T08:00');
    expect(code).toBe(2);
    expect(stderr).toContain('sleep.csv:3:1: officer_id: "O-2" after "O-1": reference mode reads one person\'s sleep');
  });
});

describe('muster fatigue --officer', () => {
  it('keeps the duties before --from in the prediction (the same peak as without --from)', async () => {
    const run = async (...extra: string[]) =>
      JSON.parse(
        (await runInProcess('fatigue', '--officer', 'O-1002', '--shifts', `${EXAMPLES}shifts.csv`, '--officers', `${EXAMPLES}officers.csv`, '--format', 'json', ...extra)).stdout,
      );
    const at = '2026-02-27T04:25:00-06:00';
    const whole = (await run()).rows.find((r: { datetime: string }) => r.datetime === at);
    const windowed = (await run('--from', '2026-02-26T12:00', '--to', '2026-02-27T12:00')).rows.find((r: { datetime: string }) => r.datetime === at);
    expect(windowed.KSS).toBeCloseTo(whole.KSS, 12);
    expect(windowed.s).toBeCloseTo(whole.s, 12);
  });

  it('predicts an officer from the roster and says which sleep it assumed', async () => {
    const { code, stdout, stderr } = await runInProcess(
      'fatigue',
      '--officer',
      'O-1002',
      '--shifts',
      `${EXAMPLES}shifts.csv`,
      '--officers',
      `${EXAMPLES}officers.csv`,
      '--from',
      '2026-02-23T00:00',
      '--to',
      '2026-02-25T00:00',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout);
    expect(json.start).toBe('steady state of the habitual sleep pattern');
    // Night duty 22:00–08:00: habitual sleep before it, then recovery sleep 09:00–16:00 after it.
    expect(json.sleep).toContainEqual({ start: '2026-02-24T09:00:00-06:00', end: '2026-02-24T16:00:00-06:00', source: 'inferred', rule: 'after-night-duty' });
    const peak = json.rows.filter((r: { on_duty: number }) => r.on_duty === 1).reduce((a: { KSS: number }, b: { KSS: number }) => (b.KSS > a.KSS ? b : a));
    expect(peak.datetime).toBe('2026-02-24T04:25:00-06:00');
    expect(peak.KSS).toBeGreaterThan(7);
  });

  it('writes the assumed sleep to stderr alongside CSV', async () => {
    const { stdout, stderr } = await runInProcess(
      'fatigue',
      '--officer',
      'O-1002',
      '--shifts',
      `${EXAMPLES}shifts.csv`,
      '--officers',
      `${EXAMPLES}officers.csv`,
      '--to',
      '2026-02-26T00:00',
    );
    expect(stdout.split('\n')[0]).toBe('datetime,hours_since_start,time_of_day,awake,on_duty,status_duration_h,s,c,u,w,alertness,KSS');
    expect(stderr).toContain('2026-02-24T09:00:00-06:00 → 2026-02-24T16:00:00-06:00  inferred (after-night-duty)');
  });
});
