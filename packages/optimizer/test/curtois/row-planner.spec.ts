import { describe, expect, it } from 'vitest';
import { type Clock, type Instant, SeededRng } from '@muster/kernel';
import { type CurtoisMove, CurtoisProblem, solve } from '../../src/index.ts';
import { modelOf } from './curtois-files.ts';

const HARD = 10_000;
const tickingClock = (): Clock => {
  let t = 0;
  return { now: () => t++ as Instant };
};
const scalar = (problem: CurtoisProblem): number => problem.score().hard * HARD + problem.score().soft;

/** The best score over every assignment of days from … to − 1 of employee e, by trying them all. */
function bruteForce(problem: CurtoisProblem, e: number, from: number, to: number): number {
  const values = [-1, ...problem.allowed[e]!];
  let best = Number.POSITIVE_INFINITY;
  const visit = (d: number): void => {
    if (d === to) {
      best = Math.min(best, scalar(problem));
      return;
    }
    for (const value of values) {
      const move: CurtoisMove = { kind: 'change', cells: Int32Array.of(e, d, value), length: 1 };
      problem.doMove(move);
      visit(d + 1);
      problem.undoMove(move);
    }
  };
  visit(from);
  return best;
}

describe('RowPlanner', () => {
  it.each(['Instance4', 'Instance7', 'Instance12'])('plans windows of up to 3 days of %s as well as trying every assignment', (name) => {
    const problem = new CurtoisProblem(modelOf(name));
    const rng = new SeededRng(11);
    solve(problem, { rng, clock: tickingClock(), stepLimit: 20_000 });
    const { E, H } = problem.model;
    const row = new Int16Array(H);
    for (let trial = 0; trial < 60; trial++) {
      const e = rng.int(E);
      const length = 1 + rng.int(3);
      const from = rng.int(H - length + 1);
      const to = from + length;
      const best = bruteForce(problem, e, from, to);
      row.set(problem.roster.subarray(e * H, e * H + H));
      expect(problem.planner.plan(problem.roster, problem.coverCounts, { employee: e, from, to, hardWeight: HARD }, row)).toBe(true);
      const cells: number[] = [];
      for (let d = from; d < to; d++) cells.push(e, d, row[d]!);
      const move: CurtoisMove = { kind: 'recreate', cells: Int32Array.from(cells), length: to - from };
      problem.doMove(move);
      expect({ trial, e, from, to, score: scalar(problem) }).toEqual({ trial, e, from, to, score: best });
      problem.undoMove(move);
    }
  });

  it('builds a roster without hard violations from an empty one (construction heuristic)', () => {
    for (const name of ['Instance1', 'Instance4', 'Instance8', 'Instance12']) {
      const problem = new CurtoisProblem(modelOf(name));
      problem.constructionHeuristic(new SeededRng(3));
      expect([name, problem.score().hard]).toEqual([name, 0]);
    }
  });

  it('keeps a roster it was given instead of constructing one', () => {
    const model = modelOf('Instance2');
    const initial = new Int16Array(model.E * model.H).fill(-1);
    initial[0] = 0;
    const problem = new CurtoisProblem(model, initial);
    problem.constructionHeuristic(new SeededRng(3));
    expect(Array.from(problem.roster)).toEqual(Array.from(initial));
  });
});
