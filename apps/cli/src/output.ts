/** Where a command writes, and the exit code it chose. */
export interface Output {
  write(text: string): void;
  error(text: string): void;
  exitCode: number;
}
