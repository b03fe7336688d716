import type { Output } from '../output.ts';

/**
 * Progress of a long command on standard error: a bar redrawn in place on a terminal, a line every
 * few seconds otherwise (logs, CI), nothing under --json callers that pass a silent output. With no
 * total (a run bounded by steps alone) the line shows the time without a bar.
 */
export function progressLine(out: Output, totalMs: number | undefined): { update(text: string, elapsedMs: number): void; done(): void } {
  const tty = process.stderr.isTTY === true;
  let lastLine = -Infinity;
  let drawn = false;
  return {
    update(text, elapsedMs) {
      if (tty) {
        // Without a time limit (a step limit alone) there is no share of time to draw, only the time.
        out.error(`\r${totalMs === undefined ? '' : bar(elapsedMs / totalMs)}${(elapsedMs / 1000).toFixed(1)} s  ${text}   `);
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

/** `[####....] ` for a share of the time used. */
function bar(share: number): string {
  const width = 24;
  const filled = Math.min(width, Math.round(share * width));
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] `;
}
