import { closeSync, openSync, writeSync } from 'node:fs';

// Large enough that write calls cost nothing next to formatting, small enough to keep memory flat.
const FLUSH_CHARS = 1 << 20;

/** A text file written through a small buffer, so a file of hundreds of MB is never one string. */
export class BufferedFile {
  readonly path: string;
  readonly #fd: number;
  #buffer = '';
  #bytes = 0;

  constructor(path: string) {
    this.path = path;
    this.#fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.#buffer += text;
    if (this.#buffer.length >= FLUSH_CHARS) this.#flush();
  }

  /** Flushes and closes; returns the file's size in bytes. */
  close(): number {
    this.#flush();
    closeSync(this.#fd);
    return this.#bytes;
  }

  #flush(): void {
    if (this.#buffer.length === 0) return;
    const bytes = Buffer.from(this.#buffer, 'utf8');
    this.#buffer = '';
    // A write may be partial; loop until the whole buffer is on disk.
    for (let done = 0; done < bytes.length;) done += writeSync(this.#fd, bytes, done);
    this.#bytes += bytes.length;
  }
}
