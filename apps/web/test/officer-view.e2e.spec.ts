import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoAgencyInBrowser, SHOTS } from './e2e-demo.ts';

describe('the officer view in Chromium: qualifications, days off and the overtime list', () => {
  const demo = demoAgencyInBrowser('officer');

  async function signInAsOfficer(page: Page): Promise<void> {
    await demo.signIn(page, 'officer@demo.muster');
    await page.getByRole('heading', { name: /the next two weeks$/ }).waitFor();
  }

  /** Checks the three sections hold real content, and returns what the page measured. */
  async function checkSections(page: Page): Promise<void> {
    const qualifications = page.getByRole('region', { name: 'Qualifications and their expiry' });
    await qualifications.locator('table.qualifications tbody tr').first().waitFor();
    expect(await qualifications.locator('table.qualifications tbody tr').count()).toBeGreaterThan(0);
    const statuses = await qualifications.locator('.status').allTextContents();
    expect(statuses.every((s) => ['valid', 'expiring', 'expired'].includes(s))).toBe(true);
    expect(await qualifications.locator('td.number').first().textContent()).toMatch(/^(\d+ days? left|last valid day today|expired \d+ days? ago)$/);

    const daysOff = page.getByRole('region', { name: /^Days off and day-off debt/ });
    await daysOff.locator('table.days-off tbody tr').first().waitFor();
    expect(await daysOff.locator('table.days-off tbody tr').count()).toBe(10);
    expect(await daysOff.getByText(/^Day-off debt now: \d+ days?$/).count()).toBe(1);
    expect(await daysOff.locator('table.days-off tbody tr td.number').first().textContent()).toMatch(/^\d of 1 guaranteed$/);

    const overtime = page.getByRole('region', { name: 'Overtime list and history' });
    await overtime.getByText(/^Position \d+ of \d+$/).waitFor();
    const [position, length] = (await overtime.getByText(/^Position \d+ of \d+$/).textContent())!.match(/\d+/g)!.map(Number);
    expect(position).toBeGreaterThanOrEqual(1);
    expect(position).toBeLessThanOrEqual(length!);
    expect(length).toBeGreaterThan(10);
    expect(await overtime.locator('.overtime-months rect.bar').count()).toBe(12);
    await overtime.getByText('How the list is ordered').click();
    await overtime.getByText(/fewest overtime hours/).waitFor();
  }

  /** The page is not wider than the viewport: tables scroll inside their own containers. */
  async function noPageOverflow(page: Page): Promise<void> {
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  }

  it('shows an officer their qualifications, days off and overtime standing at 1280×800', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const started = Date.now();
    await signInAsOfficer(page);
    await checkSections(page);
    console.log(`officer view, sign-in to all three sections filled: ${Date.now() - started} ms`);
    await noPageOverflow(page);
    await page.screenshot({ path: SHOTS + 'officer-view-full.png', fullPage: true });
    await page.close();
  });

  it('plants day-off debt in the demo: some officers of the agency owe days off in the weeks the view shows', async () => {
    const login = await fetch(`${demo.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'leadership@demo.muster', password: DEMO_PASSWORD }),
    });
    const headers = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
    const officers = (await (await fetch(`${demo.server.url}/api/officers?limit=1000`, { headers })).json()) as { items: { id: string; timeZone: string }[] };
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: officers.items[0]!.timeZone }).format(new Date());
    const shift = (days: number) => new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10);
    const started = Date.now();
    const debts: number[] = [];
    for (let i = 0; i < officers.items.length; i += 50) {
      const batch = officers.items.slice(i, i + 50).map(async (o) => {
        const response = await fetch(`${demo.server.url}/api/officers/${o.id}/days-off?from=${shift(-49)}&to=${shift(14)}`, { headers });
        expect(response.status).toBe(200);
        const body = (await response.json()) as { weeks: { debtDays: number }[] };
        return Math.max(...body.weeks.map((w) => w.debtDays));
      });
      debts.push(...(await Promise.all(batch)));
    }
    console.log(
      `days-off for ${officers.items.length} officers: ${Date.now() - started} ms; with a debt in some week: ${debts.filter((d) => d > 0).length}, largest ${Math.max(...debts)} days`,
    );
    expect(debts.length).toBe(600);
    expect(debts.filter((d) => d > 0).length).toBeGreaterThan(0);
  }, 60_000);

  it('fits a 390 px phone: the same sections, no page-wide horizontal scroll', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 390, height: 844 } });
    await signInAsOfficer(page);
    await checkSections(page);
    await noPageOverflow(page);
    await page.screenshot({ path: SHOTS + 'officer-view-phone.png', fullPage: true });
    await page.close();
  });
});
