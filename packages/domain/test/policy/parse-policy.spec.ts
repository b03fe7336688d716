import { describe, expect, it } from 'vitest';
import type { Policy } from '@muster/domain';
import { day } from '@muster/testkit';
import { DEFAULT_POLICY } from '../../src/policy/default-policy.ts';
import { type PolicyIssue, parsePolicy } from '../../src/policy/parse-policy.ts';

function accepted(yaml: string): Policy {
  const result = parsePolicy(yaml);
  if (!result.ok) throw new Error(`expected the policy to parse: ${JSON.stringify(result.error)}`);
  return result.value;
}

function rejected(yaml: string): PolicyIssue[] {
  const result = parsePolicy(yaml);
  if (result.ok) throw new Error('expected the policy to be rejected');
  return result.error;
}

describe('parsePolicy', () => {
  it('gives the built-in policy for an empty file', () => {
    expect(accepted('')).toEqual(DEFAULT_POLICY);
  });

  it('overrides one threshold and keeps every other default', () => {
    const policy = accepted(['name: Metro PD', 'rules:', '  duty.max-length:', '    warn: 11'].join('\n'));
    expect(policy.name).toBe('Metro PD');
    expect(policy.rules['duty.max-length']).toEqual({ enabled: true, warn: 11, block: 16 });
    expect({ ...policy.rules, 'duty.max-length': DEFAULT_POLICY.rules['duty.max-length'] }).toEqual(DEFAULT_POLICY.rules);
    expect(policy.pay).toEqual(DEFAULT_POLICY.pay);
    expect(policy.roles).toEqual(DEFAULT_POLICY.roles);
    expect(policy.timeZone).toBe('UTC');
  });

  it('keeps the default night window when only the threshold of nights.max-consecutive changes', () => {
    const policy = accepted(['rules:', '  nights.max-consecutive:', '    warn: 3'].join('\n'));
    expect(policy.rules['nights.max-consecutive']).toEqual({ enabled: true, warn: 3, block: null, nightStart: '23:00', nightEnd: '06:00', minNightHours: 3 });
  });

  it('disables a rule and turns off a level with null', () => {
    const policy = accepted(['rules:', '  overtime.max-monthly:', '    enabled: false', '  duty.max-length:', '    block: null'].join('\n'));
    expect(policy.rules['overtime.max-monthly']).toEqual({ enabled: false, warn: 80, block: 96 });
    expect(policy.rules['duty.max-length']).toEqual({ enabled: true, warn: 12, block: null });
  });

  it('reads the zone, the FLSA anchor and the administrative week', () => {
    const policy = accepted(['timezone: America/Chicago', 'pay:', '  flsa7k:', '    periodDays: 14', '    anchor: 2026-01-11', '  title5:', '    weekStartsOn: monday'].join('\n'));
    expect(policy.timeZone).toBe('America/Chicago');
    expect(policy.pay).toEqual({ flsa7k: { periodDays: 14, anchor: day('2026-01-11') }, title5: { dailyHours: 8, weeklyHours: 40, weekStartsOn: 1 } });
  });

  it('names the closest rule and the line of an unknown rule key', () => {
    expect(rejected(['rules:', '  duty.max-lenght: { warn: 11 }'].join('\n'))).toEqual([
      { code: 'policy.unknown-key', key: 'rules.duty.max-lenght', line: 2, column: 3, message: 'unknown key "duty.max-lenght". Maybe "duty.max-length"?' },
    ]);
  });

  it('gives the line of the unknown key itself when its settings follow on the next lines', () => {
    const [issue] = rejected(['rules:', '  days.max-consecutive-duty-day:', '    warn: 5'].join('\n'));
    expect(issue).toEqual({
      code: 'policy.unknown-key',
      key: 'rules.days.max-consecutive-duty-day',
      line: 2,
      column: 3,
      message: 'unknown key "days.max-consecutive-duty-day". Maybe "days.max-consecutive-duty-days"?',
    });
  });

  it('gives no hint for an unknown key that is like no rule', () => {
    const [issue] = rejected(['rules:', '  parking.max-tickets: { warn: 3 }'].join('\n'));
    expect(issue).toMatchObject({ code: 'policy.unknown-key', key: 'rules.parking.max-tickets', message: 'unknown key "parking.max-tickets"' });
  });

  it('names the key of a value of the wrong type, with its line', () => {
    expect(rejected(['rules:', '  duty.max-length:', '    warn: eleven'].join('\n'))).toEqual([
      { code: 'policy.invalid', key: 'rules.duty.max-length.warn', line: 3, column: 5, message: 'Invalid input: expected number, received string' },
    ]);
  });

  it('reads the minimum group size for aggregates, 10 by default, and names the key of a bad one', () => {
    expect(DEFAULT_POLICY.statistics.minimumGroupSize).toBe(10);
    expect(accepted(['statistics:', '  minimumGroupSize: 25'].join('\n')).statistics).toEqual({ minimumGroupSize: 25 });
    const [issue] = rejected(['statistics:', '  minimumGroupSize: 0'].join('\n'));
    expect(issue).toMatchObject({ code: 'policy.invalid', key: 'statistics.minimumGroupSize', line: 2 });
  });

  it('names the key of a bad rule parameter', () => {
    const [issue] = rejected(['rules:', '  nights.max-consecutive:', '    nightStart: "25:00"'].join('\n'));
    expect(issue).toMatchObject({ code: 'policy.invalid', key: 'rules.nights.max-consecutive.nightStart', line: 3 });
  });

  it('rejects a warn level less strict than the block level of a maximum', () => {
    const issues = rejected(['rules:', '  duty.max-length:', '    warn: 17'].join('\n'));
    expect(issues).toEqual([
      {
        code: 'policy.inconsistent',
        key: 'rules.duty.max-length',
        line: 2,
        column: 3,
        message: 'warn (17) is less strict than block (16) for a limit compared "above". Maybe swap them?',
      },
    ]);
  });

  it('rejects a warn level less strict than the block level of a minimum (rest)', () => {
    const [issue] = rejected(['rules:', '  rest.min-between-duties:', '    warn: 9'].join('\n'));
    expect(issue).toMatchObject({ code: 'policy.inconsistent', key: 'rules.rest.min-between-duties' });
    expect(issue!.message).toContain('warn (9) is less strict than block (10)');
  });

  it('accepts equal warn and block levels', () => {
    expect(accepted(['rules:', '  duty.max-length: { warn: 14, block: 14 }'].join('\n')).rules['duty.max-length']).toEqual({ enabled: true, warn: 14, block: 14 });
  });

  it('rejects an unknown time zone with a hint', () => {
    expect(rejected('timezone: America/Chicgo')).toEqual([
      { code: 'policy.invalid', key: 'timezone', line: 1, column: 1, message: 'unknown IANA time zone "America/Chicgo". Maybe "America/Chicago"?' },
    ]);
  });

  it('rejects an anchor date that does not exist', () => {
    expect(rejected(['pay:', '  flsa7k:', '    anchor: 2026-02-30'].join('\n'))).toEqual([
      { code: 'policy.invalid', key: 'pay.flsa7k.anchor', line: 3, column: 5, message: 'expected a date YYYY-MM-DD, got "2026-02-30"' },
    ]);
  });

  it('rejects an anchor that is not a date', () => {
    const [issue] = rejected(['pay:', '  flsa7k:', '    anchor: next sunday'].join('\n'));
    expect(issue).toMatchObject({ code: 'policy.invalid', key: 'pay.flsa7k.anchor', line: 3 });
  });

  it('rejects a role that requires a qualification missing from the catalogue', () => {
    const [issue] = rejected(['roles:', '  k9-handler: [k9]'].join('\n'));
    expect(issue).toMatchObject({ code: 'policy.invalid', key: 'roles.k9-handler.0', line: 2, message: 'qualification "k9" is not in the qualification catalogue' });
  });

  it('reports every problem at once', () => {
    const issues = rejected(['timezone: Mars/Olympus', 'rules:', '  duty.max-length: { warn: 17 }', 'pay:', '  flsa7k: { anchor: soon }'].join('\n'));
    expect(issues.map((i) => [i.code, i.key])).toEqual([
      ['policy.invalid', 'timezone'],
      ['policy.inconsistent', 'rules.duty.max-length'],
      ['policy.invalid', 'pay.flsa7k.anchor'],
    ]);
  });

  it('reports malformed YAML with its line', () => {
    const [issue] = rejected(['rules:', '  duty.max-length: [12'].join('\n'));
    expect(issue).toMatchObject({ code: 'policy.yaml', key: '' });
    expect(issue!.line).toBeGreaterThanOrEqual(2);
  });
});
