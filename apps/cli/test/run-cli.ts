import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { fileURLToPath } from 'node:url';
import { main } from '../src/main.ts';
import type { Output } from '../src/output.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const EXAMPLES = `${ROOT}examples/`;
const BIN = `${ROOT}apps/cli/bin/muster.js`;

/** Runs the CLI in this process, capturing what it writes. */
export async function runInProcess(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out: Output = { write: (t) => void (stdout += t), error: (t) => void (stderr += t), exitCode: 0 };
  const code = await main(argv, out);
  return { code, stdout, stderr };
}

/** Runs `muster` as a user does: a new Node process through the package's bin script. */
export function runBin(...argv: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...argv], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Writes `text` to a file in a fresh temporary folder that is removed when the test finishes. */
export function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'muster-cli-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
