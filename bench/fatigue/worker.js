// Node 20 starts a worker only from a .js file: register tsx in this thread, then load the
// TypeScript worker (the same trick as apps/cli/bin/muster.js).
import { register } from 'tsx/esm/api';

register();
await import('./fatigue-worker.ts');
