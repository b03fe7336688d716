import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Clock, type Instant, SeededRng } from '@muster/kernel';
import { CurtoisProblem, evaluateCurtois, solve } from '../../src/index.ts';
import { modelOf } from './curtois-files.ts';

/** A clock that advances one millisecond per reading, so time limits are reproducible in tests. */
function tickingClock(): Clock {
  let t = 0;
  return { now: () => t++ as Instant };
}

describe('CurtoisProblem', () => {
  it('keeps the incremental score equal to a from-scratch score after every move (assert mode)', () => {
    const problem = new CurtoisProblem(modelOf('Instance5'));
    expect(() => solve(problem, { rng: new SeededRng(7), clock: tickingClock(), stepLimit: 20_000, assertMode: true })).not.toThrow();
  });

  it('restores roster and score exactly when any sequence of moves is undone in reverse', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 60 }), (seed, count) => {
        const problem = new CurtoisProblem(modelOf('Instance4'));
        const rng = new SeededRng(seed);
        for (let i = 0; i < 200; i++) {
          const warm = problem.randomMove(rng);
          if (warm) problem.doMove(warm);
        }
        const roster = Array.from(problem.roster);
        const score = problem.score();
        const done = [];
        for (let i = 0; i < count; i++) {
          const move = problem.randomMove(rng);
          if (!move) continue;
          problem.doMove(move);
          done.push(move);
        }
        for (const move of done.reverse()) problem.undoMove(move);
        expect(Array.from(problem.roster)).toEqual(roster);
        expect(problem.score()).toEqual(score);
        expect(problem.recomputeScore()).toEqual(score);
      }),
      { numRuns: 50 },
    );
  });

  it('is deterministic for a seed and a step limit', () => {
    const run = () => {
      const problem = new CurtoisProblem(modelOf('Instance2'));
      solve(problem, { rng: new SeededRng(42), clock: tickingClock(), stepLimit: 50_000 });
      return Array.from(problem.roster);
    };
    expect(run()).toEqual(run());
  });

  it('is deterministic for a seed and a step limit however fast the clock runs under a time limit', () => {
    // A slow machine reads a later time at every check; with a step limit the roster must not change.
    const clockTicking = (msPerReading: number): Clock => {
      let t = 0;
      return { now: () => (t += msPerReading) as Instant };
    };
    const run = (msPerReading: number) => {
      const problem = new CurtoisProblem(modelOf('Instance2'));
      const result = solve(problem, { rng: new SeededRng(42), clock: clockTicking(msPerReading), stepLimit: 50_000, timeLimitMs: 3_600_000 });
      expect(result.stoppedBy).toBe('steps');
      return Array.from(problem.roster);
    };
    expect(run(20_000)).toEqual(run(1));
  });

  it('reaches the proven optimum of Instance1 (607) feasibly, and reports the objective the evaluator computes', () => {
    const model = modelOf('Instance1');
    const problem = new CurtoisProblem(model);
    const result = solve(problem, { rng: new SeededRng(1), clock: tickingClock(), stepLimit: 200_000 });
    const evaluation = evaluateCurtois(model, problem.roster);
    expect(evaluation.violations).toEqual([]);
    expect(result.best).toEqual({ hard: 0, soft: evaluation.objective });
    // 607 is the proven optimum; the construction heuristic and 200,000 steps (under a second) reach it.
    expect(evaluation.objective).toBe(607);
  });
});
