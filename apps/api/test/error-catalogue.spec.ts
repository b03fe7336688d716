import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_ISSUE_CODES, POLICY_ISSUE_CODES } from '@muster/domain';
import { CLI_ERROR_CODES } from '../src/cli-error-codes.ts';
import { ROOT } from './run-cli.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'test') return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('error catalogue', () => {
  const documented = [...readFileSync(`${ROOT}docs/errors.md`, 'utf8').matchAll(/^\| `([a-z]+\.[a-z-]+)` \|/gm)].map((m) => m[1]!);
  const declared = [...IMPORT_ISSUE_CODES, ...POLICY_ISSUE_CODES, ...CLI_ERROR_CODES];

  it('documents exactly the codes the code declares', () => {
    expect([...new Set(documented)].sort()).toEqual([...new Set(declared)].sort());
  });

  it('declares every code an AppError is raised with', () => {
    const raised = new Set<string>();
    for (const file of [...sourceFiles(`${ROOT}packages`), ...sourceFiles(`${ROOT}apps`)]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/new AppError\(\s*'([^']+)'/g)) raised.add(m[1]!);
    }
    expect(raised.size).toBeGreaterThan(0);
    for (const code of raised) expect(declared).toContain(code);
  });
});
