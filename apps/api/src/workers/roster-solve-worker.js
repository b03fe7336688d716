// Worker threads on Node 20 must start from JavaScript: register tsx, then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./roster-solve-thread.ts');
