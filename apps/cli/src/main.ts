import { AppError } from '@muster/kernel';
import { Command, CommanderError } from 'commander';
import { registerCheck } from './commands/check.ts';
import { registerFatigue } from './commands/fatigue.ts';
import { registerHours } from './commands/hours.ts';
import { registerOvertime } from './commands/overtime.ts';
import { registerRoster } from './commands/roster.ts';
import { registerSolve } from './commands/solve.ts';
import { registerStaff } from './commands/staff.ts';
import { registerTour } from './commands/tour.ts';
import type { Output } from './output.ts';

/** Exit codes: 0 no block finding, 1 a block finding, 2 bad input or usage. */
export const EXIT_BAD_INPUT = 2;

/** Runs the muster CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], out: Output = processOutput()): Promise<number> {
  const program = new Command('muster')
    .description('muster keeps field officers rested, qualified and fairly scheduled')
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.write(s), writeErr: (s) => out.error(s) })
    .showHelpAfterError('(muster --help lists the commands)');
  registerCheck(program, out);
  registerHours(program, out);
  registerFatigue(program, out);
  registerSolve(program, out);
  registerStaff(program, out);
  registerOvertime(program, out);
  registerRoster(program, out);
  registerTour(program, out, main);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return out.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
    }
    if (e instanceof AppError) {
      out.error(`muster: ${e.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw e;
  }
}

function processOutput(): Output {
  return {
    write: (text) => process.stdout.write(text),
    error: (text) => process.stderr.write(text),
    exitCode: 0,
  };
}
