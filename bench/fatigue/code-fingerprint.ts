import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Which code a run measured: the commit, whether the tree had changes, and a hash of the measured package's sources. */
export interface CodeFingerprint {
  readonly commit: string;
  readonly dirty: boolean;
  /** SHA-256 (first 16 hex digits) of every file under packages/fatigue/src, by path, so uncommitted edits show. */
  readonly fatigueSrc: string;
}

export function codeFingerprint(): CodeFingerprint {
  const git = (...args: string[]): string => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const hash = createHash('sha256');
  const src = join(ROOT, 'packages/fatigue/src');
  for (const file of readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()) {
    hash.update(relative(src, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return { commit: git('rev-parse', '--short', 'HEAD') || 'unknown', dirty: git('status', '--porcelain') !== '', fatigueSrc: hash.digest('hex').slice(0, 16) };
}
