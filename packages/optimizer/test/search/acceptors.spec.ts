import { describe, expect, it } from 'vitest';
import { type Clock, type Instant, SeededRng } from '@muster/kernel';
import { CurtoisProblem, LateAcceptance, SimulatedAnnealing, solve } from '../../src/index.ts';
import { modelOf } from '../curtois/curtois-files.ts';

const tickingClock = (): Clock => {
  let t = 0;
  return { now: () => t++ as Instant };
};

describe('LateAcceptance', () => {
  it('keeps a candidate no worse than the current score or than the score `length` steps ago', () => {
    const acceptor = new LateAcceptance(3, 100);
    expect(acceptor.accept(100, 90, 1)).toBe(true); // as good as 3 steps ago
    expect(acceptor.accept(101, 90, 1)).toBe(false);
    acceptor.stepped(50, 1);
    expect(acceptor.accept(60, 55, 4)).toBe(false); // slot 1 now holds 50
    expect(acceptor.accept(55, 55, 4)).toBe(true);
  });
});

describe('SimulatedAnnealing', () => {
  it('cools geometrically from the start to the end temperature over the budget', () => {
    const acceptor = new SimulatedAnnealing(new SeededRng(1), 50, 0.5);
    expect(acceptor.temperature(0)).toBe(50);
    expect(acceptor.temperature(0.5)).toBeCloseTo(5, 9);
    expect(acceptor.temperature(1)).toBeCloseTo(0.5, 9);
  });

  it('always keeps an improvement and keeps a worsening by T with probability 1/e', () => {
    const acceptor = new SimulatedAnnealing(new SeededRng(2), 10, 10);
    expect(acceptor.accept(5, 6, 1, 0.3)).toBe(true);
    let kept = 0;
    for (let i = 0; i < 100_000; i++) if (acceptor.accept(110, 100, i, 0.5)) kept++;
    expect(kept / 100_000).toBeCloseTo(Math.exp(-1), 2);
  });

  it('drives a search that is deterministic for a seed and a step limit', () => {
    const run = () => {
      const problem = new CurtoisProblem(modelOf('Instance3'));
      const result = solve(problem, { rng: new SeededRng(4), clock: tickingClock(), stepLimit: 30_000, acceptor: { kind: 'simulated-annealing' } });
      return [result.best, Array.from(problem.roster)];
    };
    expect(run()).toEqual(run());
  });
});
