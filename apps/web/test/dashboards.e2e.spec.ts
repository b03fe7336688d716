import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoAgencyInBrowser, SHOTS } from './e2e-demo.ts';

describe('the leadership dashboards in Chromium, on the demo agency', () => {
  const demo = demoAgencyInBrowser('dash');
  const { signIn } = demo;

  const charts = ['Overtime hours per officer', /^Fatigue exposure/, 'Exceedances and overrides per week', 'Coverage gaps per day'];

  it('lands leadership on four charts of the demo’s last four weeks, and downloads one as CSV', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await signIn(page, 'leadership@demo.muster');
    await page.getByRole('heading', { name: 'Dashboards', level: 2 }).waitFor();
    expect(await page.getByRole('link', { name: 'Dashboards' }).getAttribute('aria-current')).toBe('page');
    const started = Date.now();
    await page.locator('.dashboard-grid').waitFor({ timeout: 60_000 });
    console.log(`dashboards, 600 officers, 4 weeks (first load): ${Date.now() - started} ms`);
    for (const name of charts) await page.getByRole('heading', { name, level: 3 }).waitFor();
    expect(await page.locator('.chart-card').count()).toBe(4);
    expect(await page.locator('.chart-empty').count()).toBe(0);
    // Non-empty data from the demo: bars in every chart, and words that say so.
    expect(await page.locator('svg.overtime-histogram rect.bar').count()).toBeGreaterThan(2);
    expect(await page.locator('svg.fatigue-exposure rect.bar-fatigue').count()).toBe(4);
    expect(await page.locator('svg.exceedances rect.bar-warn').count()).toBe(4);
    expect(await page.locator('svg.coverage rect.bar-covered').count()).toBe(28);
    expect(await page.locator('.dashboards-scope').textContent()).toMatch(/Whole agency: 600 officers in 6 units/);
    const overtimeSummary = await page.getByRole('img', { name: /^Overtime hours per officer\./ }).getAttribute('aria-label');
    expect(overtimeSummary).toMatch(/600 officers worked [\d.]+ h of overtime/);
    expect(await page.locator('figcaption').first().textContent()).toMatch(/^overtime-hours-per-officer@1: /);

    // The table fallback, then the CSV of the same rows.
    const coverage = page.locator('.chart-card').filter({ has: page.getByRole('heading', { name: 'Coverage gaps per day' }) });
    await coverage.getByRole('button', { name: 'Show data' }).click();
    expect(await coverage.locator('tbody tr').count()).toBe(28);
    const [download] = await Promise.all([page.waitForEvent('download'), coverage.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^coverage-gap-per-day-v1_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync((await download.path())!, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('day,required_shifts,covered_shifts,gap_shifts,required_hours,gap_hours');
    expect(lines).toHaveLength(29);
    expect(lines.slice(1).every((line) => /^\d{4}-\d{2}-\d{2},\d+,\d+,\d+,[\d.]+,[\d.]+$/.test(line))).toBe(true);
    await coverage.getByRole('button', { name: 'Hide data' }).click();
    await page.screenshot({ path: SHOTS + 'dashboards.png', fullPage: true });

    // One field office: fewer officers, computed anew.
    await page.getByLabel('Scope').selectOption({ label: 'Chicago field office' });
    await expect.poll(() => page.locator('.dashboards-scope').textContent(), { timeout: 60_000 }).toMatch(/Chicago field office: 200 officers in 2 units/);
    await page.close();
  }, 180_000);

  it('fits a 390 px phone in one column, without page-wide overflow', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, 'analyst@demo.muster');
    await page.locator('.dashboard-grid').waitFor({ timeout: 60_000 });
    const boxes = await page.locator('.chart-card').evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().toJSON() as { x: number; width: number }));
    expect(boxes).toHaveLength(4);
    expect(new Set(boxes.map((b) => Math.round(b.x))).size).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const fatigue = page.locator('.chart-card').filter({ has: page.getByRole('heading', { name: /^Fatigue exposure/ }) });
    await fatigue.getByRole('button', { name: 'Show data' }).click();
    expect(await fatigue.locator('tbody tr').count()).toBe(4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: SHOTS + 'dashboards-phone.png', fullPage: true });
    await page.close();
  }, 120_000);
});
