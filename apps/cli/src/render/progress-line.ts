import type { Output } from '../output.ts';

/**
 * Progress of a long command on standard error: a bar redrawn in place on a terminal, a line every
 * few seconds otherwise (logs, CI), nothing under --json callers that pass a silent output.
 */
export function progressLine(out: Output, totalMs: number): { update(text: string, elapsedMs: number): void; done(): void } {
  const tty = process.stderr.isTTY === true;
  let lastLine = -Infinity;
  let drawn = false;
  return {
    update(text, elapsedMs) {
      if (tty) {
        const width = 24;
        const filled = Math.min(width, Math.round((elapsedMs / totalMs) * width));
        out.error(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(elapsedMs / 1000).toFixed(1)} s  ${text}   `);
        drawn = true;
      } else if (elapsedMs - lastLine >= 5000) {
        out.error(`${(elapsedMs / 1000).toFixed(1)} s  ${text}\n`);
        lastLine = elapsedMs;
      }
    },
    done() {
      if (drawn) out.error('\n');
    },
  };
}
