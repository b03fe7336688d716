import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Demand, type OfficerQualification } from '@muster/domain';
import type { RosterProgress } from '@muster/optimizer';
import { InProcessRosterSolver, type RosterSolveRequest, type RosterSolver, solveRoster } from '@muster/services';
import { aQualification, anOfficer, day } from '@muster/testkit';
import { WorkerRosterSolver } from '../src/workers/worker-roster-solver.ts';

// Four officers, one week (Monday 2026-04-06 to Sunday), a day and a night shift to cover each day.
const FROM = day('2026-04-06');
const TO = FROM + 6;
const ids = ['O1', 'O2', 'O3', 'O4'];
const templates = [
  { id: 'D', startMinutes: 7 * 60, endMinutes: 17 * 60, kind: 'regular' as const },
  { id: 'N', startMinutes: 21 * 60, endMinutes: 7 * 60, kind: 'regular' as const },
];
const grants = (id: string): OfficerQualification[] => [aQualification('firearms', '2026-01-01', '2026-12-31', id)];

function request(extra: { demand?: Demand[]; stepLimit?: number; timeLimitMs?: number } = {}): RosterSolveRequest {
  const demand =
    extra.demand ??
    Array.from({ length: 7 }, (_, i) => ['D', 'N'].map((template) => ({ day: FROM + i, template, role: 'patrol', count: 1, requiredQualifications: ['firearms'] }))).flat();
  return {
    input: {
      officers: new Map(ids.map((id) => [id, anOfficer({ id })])),
      qualifications: new Map(ids.map((id) => [id, grants(id)])),
      pinned: new Map(),
      templates,
      demand,
      from: FROM,
      to: TO,
      policy: DEFAULT_POLICY,
    },
    operations: new Map(),
    timeLimitMs: extra.timeLimitMs ?? 30_000,
    stepLimit: extra.stepLimit ?? 2000,
    seed: 7,
  };
}

const solvers: [string, () => RosterSolver][] = [
  ['in process', () => new InProcessRosterSolver()],
  ['in a worker thread', () => new WorkerRosterSolver()],
];

describe.each(solvers)('a roster solver %s', (_name, makeSolver) => {
  it('covers the demand with no block finding, reporting progress on the way', async () => {
    const progress: RosterProgress[] = [];
    const outcome = await makeSolver().solve(request(), (p) => progress.push(p), new AbortController().signal);
    expect(outcome.result.uncovered).toEqual([]);
    expect(outcome.result.score.hard).toBe(0);
    expect(outcome.result.records).toHaveLength(14);
    expect(outcome.findings.filter((f) => f.level === 'block')).toEqual([]);
    expect(progress.length).toBeGreaterThanOrEqual(1);
    expect(progress[0]).toMatchObject({ step: 0, uncovered: 0 });
  });

  it('finds the same roster as any other solver for a seed and a step limit', async () => {
    const here = await makeSolver().solve(request(), () => undefined, new AbortController().signal);
    expect(here.result.records).toEqual(solveRoster(request()).result.records);
  });

  it('stops when the signal aborts and keeps the best roster so far', async () => {
    const controller = new AbortController();
    const outcome = await makeSolver().solve(request({ stepLimit: 50_000_000, timeLimitMs: 60_000 }), () => controller.abort(), controller.signal);
    expect(outcome.result.stoppedBy).toBe('cancelled');
    expect(outcome.result.steps).toBeLessThan(50_000_000);
    expect(outcome.result.records.length).toBeGreaterThan(0);
  });

  it('says why demand stays uncovered', async () => {
    const demand = [{ day: FROM, template: 'D', role: 'lead', count: 5, requiredQualifications: ['fto-signoff'] }];
    const outcome = await makeSolver().solve(request({ demand }), () => undefined, new AbortController().signal);
    expect(outcome.uncovered).toEqual([
      { day: FROM, template: 'D', role: 'lead', missing: 5, required: ['fto-signoff'], officers: { notQualified: 4, alreadyScheduled: 0, wouldBreak: {}, available: 0 } },
    ]);
  });
});

describe('the worker-thread solver', () => {
  it('ends its thread when a search finishes or is cancelled', async () => {
    const solver = new WorkerRosterSolver();
    const controller = new AbortController();
    const running = solver.solve(request({ stepLimit: 50_000_000, timeLimitMs: 60_000 }), () => controller.abort(), controller.signal);
    expect(solver.threads).toBe(1);
    await running;
    expect(solver.threads).toBe(0);
  });
});
