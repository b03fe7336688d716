import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CurtoisInstance, curtoisModel, parseCurtoisInstance } from '../../src/index.ts';

/** The shared benchmark folder beside the repository. */
export const CURTOIS_DIR = fileURLToPath(new URL('../../../../../shared/benchmarks/curtois/', import.meta.url));

const cache = new Map<string, CurtoisInstance>();

export function loadInstance(name: string): CurtoisInstance {
  let instance = cache.get(name);
  if (!instance) {
    const parsed = parseCurtoisInstance(name, readFileSync(`${CURTOIS_DIR}${name}.txt`, 'utf8'));
    if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.error)}`);
    instance = parsed.value;
    cache.set(name, instance);
  }
  return instance;
}

export const modelOf = (name: string) => curtoisModel(loadInstance(name));

export function solutionFiles(folder: 'solutions' | 'solutions/infeasible'): string[] {
  return readdirSync(`${CURTOIS_DIR}${folder}`).filter((f) => f.endsWith('.sol.txt'));
}

export function readSolution(folder: string, file: string): string {
  return readFileSync(`${CURTOIS_DIR}${folder}/${file}`, 'utf8');
}
