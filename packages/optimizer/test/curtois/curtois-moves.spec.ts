import { describe, expect, it } from 'vitest';
import { type Clock, type Instant, SeededRng } from '@muster/kernel';
import { type CurtoisMoveKind, CurtoisProblem, DEFAULT_MOVE_WEIGHTS, UNDO_DEPTH, solve } from '../../src/index.ts';
import { modelOf } from './curtois-files.ts';

const KINDS = Object.keys(DEFAULT_MOVE_WEIGHTS) as CurtoisMoveKind[];
const only = (kind: CurtoisMoveKind) => Object.fromEntries(KINDS.map((k) => [k, k === kind ? 1 : 0])) as Record<CurtoisMoveKind, number>;
const tickingClock = (): Clock => {
  let t = 0;
  return { now: () => t++ as Instant };
};

describe('Curtois moves', () => {
  it.each(KINDS)('%s: a sequence of moves undone in reverse restores roster and score exactly', (kind) => {
    for (const seed of [1, 2, 3]) {
      const problem = new CurtoisProblem(modelOf('Instance7'), undefined, { moveWeights: only(kind) });
      const rng = new SeededRng(seed);
      problem.constructionHeuristic(rng);
      const roster = Array.from(problem.roster);
      const score = problem.score();
      let done = 0;
      for (let i = 0; i < 200; i++) {
        const move = problem.randomMove(rng);
        if (!move) continue;
        expect(move.kind).toBe(kind);
        problem.doMove(move);
        done++;
      }
      expect(done).toBeGreaterThan(10);
      for (let i = 0; i < done; i++) problem.undoMove(undefined as never);
      expect(Array.from(problem.roster)).toEqual(roster);
      expect(problem.score()).toEqual(score);
      expect(problem.recomputeScore()).toEqual(score);
    }
  });

  it.each(KINDS)('%s: keeps the incremental score equal to the from-scratch score (assert mode)', (kind) => {
    const problem = new CurtoisProblem(modelOf('Instance5'), undefined, { moveWeights: only(kind) });
    expect(() => solve(problem, { rng: new SeededRng(5), clock: tickingClock(), stepLimit: 3_000, assertMode: true })).not.toThrow();
  });

  it(`undoes at least the last ${UNDO_DEPTH} moves, and says so when asked for an older one`, () => {
    const problem = new CurtoisProblem(modelOf('Instance2'), undefined, { moveWeights: only('change') });
    const rng = new SeededRng(9);
    let done = 0;
    while (done < 3 * UNDO_DEPTH) {
      const move = problem.randomMove(rng);
      if (!move) continue;
      problem.doMove(move);
      done++;
    }
    for (let i = 0; i < UNDO_DEPTH; i++) problem.undoMove(undefined as never);
    expect(problem.recomputeScore()).toEqual(problem.score());
    expect(() => {
      for (let i = UNDO_DEPTH; i < done; i++) problem.undoMove(undefined as never);
    }).toThrow(/not among the last 1024/);
  });
});
