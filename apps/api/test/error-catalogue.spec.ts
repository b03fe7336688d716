import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IMPORT_ISSUE_CODES, POLICY_ISSUE_CODES } from '@muster/domain';
import { SERVICE_ERROR_CODES } from '@muster/services';
import { CLI_ERROR_CODES } from '../../cli/src/cli-error-codes.ts';
import { API_ERROR_CODES } from '../src/api-error-codes.ts';
import { MAPPED_CODES, statusOf } from '../src/error-status.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'test') return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('error catalogue', () => {
  const documented = [...readFileSync(`${ROOT}docs/errors.md`, 'utf8').matchAll(/^\| `([a-z-]+\.[a-z-]+)` \|/gm)].map((m) => m[1]!);
  const declared = [...IMPORT_ISSUE_CODES, ...POLICY_ISSUE_CODES, ...CLI_ERROR_CODES, ...SERVICE_ERROR_CODES, ...API_ERROR_CODES];

  it('documents exactly the codes the code declares', () => {
    expect([...new Set(documented)].sort()).toEqual([...new Set(declared)].sort());
  });

  it('declares every code an AppError is raised with', () => {
    const raised = new Set<string>();
    for (const file of [...sourceFiles(`${ROOT}packages`), ...sourceFiles(`${ROOT}apps`)]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/new AppError\(\s*'([^']+)'/g)) raised.add(m[1]!);
    }
    expect(raised.size).toBeGreaterThan(10);
    for (const code of raised) expect(declared).toContain(code);
  });

  it('gives every service and API code its own HTTP status, 5xx only for server faults', () => {
    for (const code of [...SERVICE_ERROR_CODES, ...API_ERROR_CODES]) expect(MAPPED_CODES, code).toContain(code);
    const serverFaults = MAPPED_CODES.filter((code) => statusOf(code) >= 500).sort();
    expect(serverFaults).toEqual(['database.migration-failed', 'database.unavailable', 'server.internal']);
    expect(statusOf('import.bad-time')).toBe(422);
  });
});
