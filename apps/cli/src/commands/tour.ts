import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { Output } from '../output.ts';

const examples = fileURLToPath(new URL('../../../../examples/', import.meta.url));

/** `muster tour`: checks the shipped example agency and shows what to try next. */
export function registerTour(program: Command, out: Output, run: (argv: readonly string[], out: Output) => Promise<number>): void {
  program
    .command('tour')
    .description('check the example agency in examples/ and show what to try next')
    .action(async () => {
      out.write('Checking the example agency in examples/ against the default policy…\n\n');
      const inner: Output = { write: (t) => out.write(t), error: (t) => out.error(t), exitCode: 0 };
      const code = await run(
        [
          'check',
          '--shifts',
          `${examples}shifts.csv`,
          '--officers',
          `${examples}officers.csv`,
          '--qualifications',
          `${examples}qualifications.csv`,
          '--operations',
          `${examples}operations.json`,
        ],
        inner,
      );
      out.write(
        [
          '',
          'Try next:',
          '  npx muster check --shifts examples/shifts.csv --officers examples/officers.csv --qualifications examples/qualifications.csv --operations examples/operations.json --json',
          '  npx muster check --shifts examples/shifts.csv --officers examples/officers.csv --policy examples/policy.yaml',
          '  npx muster hours --shifts examples/shifts.csv --officers examples/officers.csv',
          '  npx muster check --shifts examples/bad-shifts.csv --officers examples/officers.csv   (every input error, nothing imported)',
          '',
        ].join('\n'),
      );
      // Block findings are what the tour shows; only bad input fails it.
      out.exitCode = code === 2 ? 2 : 0;
    });
}
