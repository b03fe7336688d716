import { describe, expect, it } from 'vitest';
import { EXAMPLES, runInProcess, tempFile } from './run-cli.ts';

const data = ['--officers', `${EXAMPLES}officers.csv`, '--qualifications', `${EXAMPLES}qualifications.csv`, '--shifts', `${EXAMPLES}shifts.csv`];

describe('muster staff', () => {
  it('proposes a team for the example operation and explains every officer left out', async () => {
    const { code, stdout } = await runInProcess('staff', '--operation', `${EXAMPLES}operation-staffing.json`, ...data, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.team.map((m: { role: string; officerId: string }) => `${m.role} ${m.officerId}`).sort()).toEqual([
      'entry-team O-1003',
      'entry-team O-1004',
      'pit-driver O-1006',
      'team-lead O-1001',
    ]);
    expect(result.unfilled).toEqual([]);
    const excluded = Object.fromEntries(result.excluded.map((e: { officerId: string; gate: string; reason: string }) => [e.officerId, e]));
    expect(Object.keys(excluded).sort()).toEqual(['O-1002', 'O-1005', 'O-1007', 'O-1008']);
    expect(excluded['O-1002'].gate).toBe('unavailable');
    expect(excluded['O-1007']).toEqual({
      officerId: 'O-1007',
      gate: 'rest.min-between-duties',
      reason: 'Only 7 h rest between duties (2026-03-20 22:00 to 2026-03-21 05:00); the block limit is at least 10 h.',
    });
    expect(excluded['O-1005'].gate).toBe('qualification');
    expect(result.start).toBe('2026-03-21T05:00:00-05:00');
  });

  it('exits 1 and says which roles stay unfilled', async () => {
    const operation = tempFile(
      'op.json',
      JSON.stringify({
        id: 'OP-X',
        name: 'Pursuit team',
        start: '2026-03-21T05:00',
        end: '2026-03-21T15:00',
        timezone: 'America/Chicago',
        riskTier: 'elevated',
        roles: [{ role: 'pit-driver', count: 3, driving: true, requiredQualifications: ['pit'] }],
      }),
    );
    const { code, stdout } = await runInProcess('staff', '--operation', operation, ...data);
    expect(code).toBe(1);
    expect(stdout).toContain('pit-driver     O-1006');
    expect(stdout).toContain('pit-driver     UNFILLED ×2');
  });

  it('asks which operation when a file holds several, and names an unknown --id', async () => {
    const one = {
      name: 'Op',
      start: '2026-03-21T05:00',
      end: '2026-03-21T15:00',
      timezone: 'America/Chicago',
      riskTier: 'low',
      roles: [{ role: 'entry-team', count: 1, requiredQualifications: ['firearms'] }],
    };
    const file = tempFile(
      'ops.json',
      JSON.stringify({
        operations: [
          { ...one, id: 'OP-A' },
          { ...one, id: 'OP-B' },
        ],
      }),
    );
    const ambiguous = await runInProcess('staff', '--operation', file, ...data);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('holds 2 operations; choose one with --id');
    const unknown = await runInProcess('staff', '--operation', file, '--id', 'OP-NOPE', ...data);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no operation "OP-NOPE"');
    const chosen = await runInProcess('staff', '--operation', file, '--id', 'OP-B', ...data);
    expect(chosen.stdout + chosen.stderr).toContain('OP-B');
    expect(chosen.code).toBe(0);
  });
});
