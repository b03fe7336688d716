import { closeSync, openSync, readSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '@muster/kernel';
import type { SourceFile } from '@muster/domain';

const CHUNK_BYTES = 4 * 1024 * 1024;

/** A file as a lazily read sequence of text chunks (UTF-8), so large inputs are not read whole. */
export function sourceFile(path: string): SourceFile {
  assertReadable(path);
  return { file: basename(path), chunks: readChunks(path) };
}

function* readChunks(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const decoder = new TextDecoder('utf-8');
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (n === 0) break;
      yield decoder.decode(buffer.subarray(0, n), { stream: true });
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}

/** The whole text of a small file (a policy, an operations file). */
export function readText(path: string): string {
  assertReadable(path);
  return readFileSync(path, 'utf8');
}

function assertReadable(path: string): void {
  try {
    closeSync(openSync(path, 'r'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new AppError('input.unreadable', `cannot read "${path}" (${code ?? 'error'}). Maybe check the path?`, { path });
  }
}
