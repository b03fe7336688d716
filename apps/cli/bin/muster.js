#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npx muster` needs no build step.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`muster fatigue … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
