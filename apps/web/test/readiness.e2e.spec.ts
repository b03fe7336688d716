import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoAgencyInBrowser, SHOTS } from './e2e-demo.ts';

/** The demo agency: three field offices of two teams of 100. */
const DEMO_OFFICERS = 600;

/** Each row of the matrix: the officer's id (from the link) and the last valid days its cells show. */
async function rowsOf(page: Page): Promise<{ id: string; expiries: string[] }[]> {
  return page.locator('table.rd-matrix tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      id: decodeURIComponent(row.querySelector('a')!.getAttribute('href')!.replace('#/officers/', '')),
      expiries: [...row.querySelectorAll('td.rd-cell')].flatMap((cell) => /\d{4}-\d{2}-\d{2}/.exec(cell.textContent ?? '') ?? []),
    })),
  );
}

describe('the readiness matrix in Chromium, on the demo agency', () => {
  const demo = demoAgencyInBrowser('readiness');
  const signIn = (page: Page) => demo.signIn(page, 'training@demo.muster');

  it('answers the whole agency’s matrix from the API', async () => {
    const login = await fetch(`${demo.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'training@demo.muster', password: DEMO_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const timings: number[] = [];
    let body: { officers: unknown[]; qualifications: unknown[]; total: number } | undefined;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const response = await fetch(`${demo.server.url}/api/readiness`, { headers: { authorization: `Bearer ${token}` } });
      body = (await response.json()) as typeof body;
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    console.log(`GET /api/readiness, ${DEMO_OFFICERS} officers: first ${timings.at(-1)!.toFixed(0)} ms (slowest of 5), median ${timings[2]!.toFixed(0)} ms`);
    expect(body!.total).toBe(DEMO_OFFICERS);
    expect(body!.officers).toHaveLength(DEMO_OFFICERS);
    expect(body!.qualifications).toHaveLength(9);
    expect(timings[2]).toBeLessThan(1000);
  });

  it('shows every officer × qualification coloured by status, filters to those who must requalify before a day, and downloads it', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const started = Date.now();
    await signIn(page);
    await page.getByRole('heading', { name: 'Readiness — all units' }).waitFor();
    await page.getByText(`${DEMO_OFFICERS} officers · statuses as of today`).waitFor();
    console.log(`sign in → ${DEMO_OFFICERS}-row matrix on screen: ${Date.now() - started} ms`);
    const rows = page.locator('table.rd-matrix tbody tr');
    expect(await rows.count()).toBe(DEMO_OFFICERS);
    expect(await page.locator('table.rd-matrix thead th').count()).toBe(3 + 9); // officer, unit, service, 9 qualifications
    for (const status of ['valid', 'expiring', 'expired', 'missing']) expect(await page.locator(`td.rd-cell.rd-${status}`).count()).toBeGreaterThan(10);
    // Coloured, and the colour is not the only signal.
    const expired = page.locator('td.rd-cell.rd-expired').first();
    expect(await expired.evaluate((td) => getComputedStyle(td).backgroundColor)).toBe('rgb(254, 228, 226)');
    expect(
      await page
        .locator('td.rd-cell.rd-valid')
        .first()
        .evaluate((td) => getComputedStyle(td).backgroundColor),
    ).toBe('rgb(236, 253, 243)');
    expect(await expired.textContent()).toMatch(/^✕ \d{4}-\d{2}-\d{2}$/);
    expect(await expired.getAttribute('aria-label')).toMatch(/: expired \d+ days? ago \(last valid day \d{4}-\d{2}-\d{2}\)$/);
    await page.screenshot({ path: SHOTS + 'readiness.png' });

    // Thirty days on from today (UTC; the demo's offices are all behind it, so no day is skipped).
    const everyone = await rowsOf(page);
    const before = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const expected = everyone.filter((row) => row.expiries.some((expires) => expires < before)).map((row) => row.id);
    await page.getByLabel('Must requalify before', { exact: true }).fill(before);
    await page.getByText(new RegExp(`^\\d+ officers? must requalify before ${before}`)).waitFor();
    const due = await rowsOf(page);
    console.log(`must requalify before ${before}: ${due.length} of ${DEMO_OFFICERS} officers`);
    expect(due.map((row) => row.id)).toEqual(expected);
    expect(due.length).toBeGreaterThan(100);
    expect(due.length).toBeLessThan(400);
    expect(due.every((row) => row.expiries.some((expires) => expires < before))).toBe(true);
    expect(await page.locator('td.rd-cell.rd-due').count()).toBeGreaterThanOrEqual(due.length);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`readiness-before-${before}.csv`);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trimEnd()
      .split('\n');
    expect(csv).toHaveLength(due.length + 1);
    expect(csv[0]).toMatch(/^officer_id,name,unit,rank,academy_track,service_years,recruit,veteran,firearms status,/);

    // Clearing the filter re-renders the 600 rows from the cache: React's render and the browser's layout, timed in the page.
    const renderMs = await page.evaluate(
      (count) =>
        new Promise<number>((resolve) => {
          const clear = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Clear filter')!;
          const t0 = performance.now();
          clear.click();
          // Until the rows are in the document and laid out (reading a size forces the layout).
          const poll = () => {
            const table = document.querySelector('table.rd-matrix');
            if (table !== null && table.querySelectorAll('tbody tr').length === count && table.getBoundingClientRect().height > 0) resolve(performance.now() - t0);
            else requestAnimationFrame(poll);
          };
          poll();
        }),
      DEMO_OFFICERS,
    );
    console.log(`render of ${DEMO_OFFICERS} rows × 9 qualifications from the cache: ${renderMs.toFixed(0)} ms`);
    expect(renderMs).toBeLessThan(1500);
    await page.close();
  });

  it('fits a 390 px phone: the matrix scrolls inside its own box with the names kept in view', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page);
    await page.getByText(`${DEMO_OFFICERS} officers · statuses as of today`).waitFor();
    await page.getByRole('combobox').selectOption({ label: 'Chicago Team 1' });
    await page.getByRole('heading', { name: 'Readiness — Chicago Team 1' }).waitFor();
    await page.getByText('100 officers · statuses as of today').waitFor();
    expect(await page.locator('table.rd-matrix tbody tr').count()).toBe(100);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = page.locator('.rd-scroll');
    const [scrollWidth, clientWidth] = await box.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    const nameCell = page.locator('table.rd-matrix tbody th').first();
    const left = (await nameCell.boundingBox())!.x;
    await box.evaluate((el) => el.scrollBy({ left: 400 }));
    expect((await nameCell.boundingBox())!.x).toBe(left);
    await page.getByRole('button', { name: 'In 30 days' }).click();
    await page.getByText(/^\d+ officers? must requalify before \d{4}-\d{2}-\d{2}/).waitFor();
    expect(await page.locator('table.rd-matrix tbody tr').count()).toBeLessThan(100);
    await page.screenshot({ path: SHOTS + 'readiness-phone.png' });
    await page.close();
  });
});
