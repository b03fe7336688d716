import { describe, expect, it } from 'vitest';
import { describeBudget, searchBudget } from '../src/search-budget.ts';

describe('searchBudget', () => {
  it("uses the command's default seconds when neither limit is given", () => {
    expect(searchBudget({}, 60)).toEqual({ timeLimitMs: 60_000 });
    expect(describeBudget(searchBudget({}, 60))).toBe('60 s limit');
  });

  it('sets no time limit for a step limit alone, and both when both are given', () => {
    expect(searchBudget({ steps: '5000' }, 60)).toEqual({ stepLimit: 5000 });
    expect(searchBudget({ steps: '5000', timeLimit: '2' }, 60)).toEqual({ stepLimit: 5000, timeLimitMs: 2000 });
    expect(describeBudget({ stepLimit: 5000 })).toBe('5000 steps limit');
    expect(describeBudget({ stepLimit: 5000, timeLimitMs: 2000 })).toBe('5000 steps or 2 s limit');
  });

  it('names the option and the value it cannot use', () => {
    expect(() => searchBudget({ steps: '0' }, 60)).toThrow('--steps must be a positive whole number, got "0"');
    expect(() => searchBudget({ timeLimit: 'soon' }, 60)).toThrow('--time-limit must be a positive number of seconds, got "soon"');
    expect(() => searchBudget({ steps: '10', timeLimit: '-1' }, 60)).toThrow('--time-limit must be a positive number of seconds, got "-1"');
  });
});
