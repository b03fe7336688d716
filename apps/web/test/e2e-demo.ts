import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { type MusterServer, startMusterServer } from '@muster/testkit';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';

const DIST = fileURLToPath(new URL('../dist/index.html', import.meta.url));

/** The password every demo sign-in (`<role>@demo.muster`) takes in the end-to-end tests. */
export const DEMO_PASSWORD = 'e2e-demo-password';

/** Screenshots of the main screens, for docs/ (not compared: the demo's dates move with the clock). */
export const SHOTS = fileURLToPath(new URL('../../../.tmp/screenshots/', import.meta.url));

/** What a spec gets from {@link demoAgencyInBrowser}; `server` and `browser` are there once `beforeAll` has run. */
export interface DemoAgencyInBrowser {
  readonly server: MusterServer;
  readonly browser: Browser;
  /** Opens the app in `page` and submits the sign-in form; waits for nothing after the click. */
  readonly signIn: (page: Page, email: string, password?: string) => Promise<void>;
}

/**
 * Registers, in the calling `describe`, a `beforeAll` that starts npm start's server on a data dir of
 * its own with the demo agency (plus `env`, e.g. a bigger agency) and launches Chromium, and an
 * `afterAll` that stops both and deletes the data dir. `name` goes into the temp dir's name.
 */
export function demoAgencyInBrowser(name: string, env: Record<string, string> = {}): DemoAgencyInBrowser {
  let server: MusterServer | undefined;
  let browser: Browser | undefined;
  let dataDir: string | undefined;

  beforeAll(async () => {
    if (!existsSync(DIST)) throw new Error('apps/web is not built: run `vite build apps/web` (npm test does it first).');
    dataDir = mkdtempSync(join(tmpdir(), `muster-e2e-${name}-`));
    server = await startMusterServer({ MUSTER_DATA_DIR: dataDir, MUSTER_DEMO_PASSWORD: DEMO_PASSWORD, ...env });
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The demo server is not started yet: use it inside a test or a hook.');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    signIn: async (page, email, password = DEMO_PASSWORD) => {
      await page.goto(started(server).url);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
    },
  };
}
