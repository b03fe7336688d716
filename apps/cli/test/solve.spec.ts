import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { curtoisModel, evaluateCurtois, parseCurtoisInstance, parseCurtoisSolution } from '@muster/optimizer';
import { ROOT, runInProcess, tempFile } from './run-cli.ts';

const INSTANCES = `${ROOT}../shared/benchmarks/curtois/`;

function evaluateFile(instanceName: string, solutionText: string) {
  const instance = parseCurtoisInstance(instanceName, readFileSync(`${INSTANCES}${instanceName}.txt`, 'utf8'));
  if (!instance.ok) throw new Error('instance');
  const roster = parseCurtoisSolution(instance.value, solutionText);
  if (!roster.ok) throw new Error(JSON.stringify(roster.error));
  return evaluateCurtois(curtoisModel(instance.value), roster.value);
}

describe('muster solve --format curtois', () => {
  it('writes a solution file that the evaluator scores as the command reports', async () => {
    const out = tempFile('Instance1.sol.txt', '');
    const { code, stderr } = await runInProcess('solve', '--format', 'curtois', `${INSTANCES}Instance1.txt`, '--steps', '400000', '--time-limit', '30', '--out', out);
    expect(code).toBe(0);
    const evaluation = evaluateFile('Instance1', readFileSync(out, 'utf8'));
    expect(evaluation.feasible).toBe(true);
    expect(stderr).toContain(`Instance1: objective ${evaluation.objective}, no hard violation`);
    expect(readFileSync(out, 'utf8').split('\n')[1]).toBe(`# objective ${evaluation.objective} (feasible)`);
  });

  it('is reproducible for a seed and a step limit in one thread, with no time limit unless one is given', async () => {
    const run = async () => JSON.parse((await runInProcess('solve', '--format', 'curtois', `${INSTANCES}Instance2.txt`, '--steps', '200000', '--seed', '5', '--json')).stdout);
    const first = await run();
    expect(first.timeLimitSeconds).toBeNull();
    expect(first.stepLimit).toBe(200000);
    expect(first.threads[0].steps).toBe(200000);
    expect((await run()).solution).toBe(first.solution);
  });

  it('rejects a step limit that is not a positive whole number, naming the option', async () => {
    const { code, stderr } = await runInProcess('solve', '--format', 'curtois', `${INSTANCES}Instance2.txt`, '--steps', '2.5');
    expect(code).not.toBe(0);
    expect(stderr).toContain('--steps must be a positive whole number, got "2.5"');
  });

  it('runs a portfolio in worker threads and keeps the best roster', async () => {
    const { code, stdout } = await runInProcess('solve', '--format', 'curtois', `${INSTANCES}Instance1.txt`, '--threads', '2', '--time-limit', '2', '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.threads.map((t: { seed: number }) => t.seed)).toEqual([1, 2]);
    expect(summary.objective).toBe(Math.min(...summary.threads.map((t: { best: { soft: number } }) => t.best.soft)));
    expect(evaluateFile('Instance1', summary.solution).objective).toBe(summary.objective);
    // Thread 0 searches columns-first, thread 1 local-first (ADR 0007).
    expect(summary.threads[0].columnGeneration).toBeDefined();
    expect(summary.threads[1].columnGeneration).toBeUndefined();
  });

  it('runs the column-generation phase with --column-generation and reports its LP value', async () => {
    const { code, stdout } = await runInProcess('solve', '--format', 'curtois', `${INSTANCES}Instance2.txt`, '--time-limit', '4', '--column-generation', '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    const cg = summary.threads[0].columnGeneration;
    expect(cg.rounds).toBeGreaterThan(0);
    expect(cg.columns).toBeGreaterThanOrEqual(14);
    expect(cg.objectiveAfter).toBeLessThanOrEqual(cg.objectiveBefore);
    expect(cg.lpValue).toBeLessThanOrEqual(summary.objective + 1e-6);
    expect(evaluateFile('Instance2', summary.solution).objective).toBe(summary.objective);
  });

  it('skips the column-generation phase with --no-column-generation', async () => {
    const { code, stdout } = await runInProcess('solve', '--format', 'curtois', `${INSTANCES}Instance1.txt`, '--time-limit', '2', '--no-column-generation', '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.threads[0].columnGeneration).toBeUndefined();
    expect(summary.subproblems).toBeGreaterThan(0);
  });

  it('rejects an unknown format, a bad instance and bad numbers with exit 2', async () => {
    expect((await runInProcess('solve', '--format', 'xml', `${INSTANCES}Instance1.txt`)).code).toBe(2);
    const broken = tempFile('broken.txt', 'SECTION_HORIZON\n14\nSECTION_SHIFTS\nD,480,Q\n');
    const result = await runInProcess('solve', '--format', 'curtois', broken, '--steps', '10');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('broken.txt:4: unknown shift "Q"');
    expect((await runInProcess('solve', '--format', 'curtois', `${INSTANCES}Instance1.txt`, '--threads', '0')).code).toBe(2);
  });
});
