/** Codes of the errors the CLI itself raises (each explained in docs/errors.md). Exit code 2. */
export const CLI_ERROR_CODES = [
  'input.unreadable',
  'policy.invalid',
  'import.invalid',
  'usage.bad-date',
  'usage.bad-range',
  'usage.bad-time',
  'usage.bad-value',
  'usage.missing-option',
  'usage.unknown-officer',
] as const;
