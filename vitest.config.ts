import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.spec.ts', 'apps/*/test/**/*.spec.ts', 'apps/*/test/**/*.spec.tsx', 'bench/**/*.spec.ts'],
    testTimeout: 30_000,
    setupFiles: ['./vitest.setup.ts'],
    globalSetup: ['./scripts/test-global-setup.ts'],
  },
});
