/**
 * Reads whole-number and date flags of a benchmark, with defaults and errors that name the flag.
 * `values` are the strings `node:util` parseArgs returned.
 */
export function benchFlags<K extends string>(values: Partial<Record<K | 'from', string | boolean | undefined>>, defaults: Record<K, number> & { from: string }) {
  return {
    whole(name: K, min: number): number {
      const text = values[name];
      if (text === undefined || typeof text === 'boolean') return defaults[name];
      const n = Number(text);
      if (!Number.isInteger(n) || n < min) throw new RangeError(`--${name} must be a whole number ≥ ${min}, got "${text}"`);
      return n;
    },
    date(): string {
      const text = values.from;
      const from = typeof text === 'string' ? text : defaults.from;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) throw new RangeError(`--from must be a date YYYY-MM-DD, got "${from}"`);
      return from;
    },
  };
}

/** Parses a benchmark's arguments, or prints the problem and its usage and exits 2. */
export function argsOrExit<A>(parse: (argv: string[]) => A, usage: string): A {
  try {
    return parse(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\nusage: ${usage}`);
    process.exit(2);
  }
}
