import { describe, expect, it } from 'vitest';
import { demoAgencyInBrowser, SHOTS } from './e2e-demo.ts';

describe('the web app in Chromium, on npm start’s server with the demo agency', () => {
  const demo = demoAgencyInBrowser('board');
  const { signIn } = demo;

  it('shows the sign-in form first, and loads in under 2 s', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const started = Date.now();
    await page.goto(demo.server.url);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    const loadMs = Date.now() - started;
    console.log(`first screen: ${loadMs} ms`);
    expect(loadMs).toBeLessThan(2000);
    await page.close();
  });

  it('serves the app for its own paths and a problem document for unknown API paths', async () => {
    const page = await fetch(`${demo.server.url}/roster`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"></div>');
    const api = await fetch(`${demo.server.url}/api/nope`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('says why when the password is wrong', async () => {
    const page = await demo.browser.newPage();
    await signIn(page, 'supervisor@demo.muster', 'not the password');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('The email or password is not right.');
    await page.close();
  });

  it("signs a supervisor in to their unit's roster: officers by name, shifts, findings marked with their reasons", async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, 'supervisor@demo.muster');
    await page.getByRole('heading', { name: 'Roster — Chicago Team 1' }).waitFor();
    await page.getByRole('button', { name: '4 weeks' }).click();
    await page.locator('table.board tbody tr').first().waitFor();
    expect(await page.locator('table.board').getAttribute('aria-rowcount')).toBe('101');
    const firstName = await page.locator('table.board tbody th').first().textContent();
    expect(firstName).toMatch(/^[A-Z][a-z]+ [A-Z]/);
    // Only the rows in view are drawn: a screenful and some.
    expect(await page.locator('table.board tbody tr:not(.spacer)').count()).toBeGreaterThan(15);
    expect(await page.locator('.shift').count()).toBeGreaterThan(200);
    // Go back two weeks into the history, where the demo's hot spots are.
    await page.getByRole('button', { name: 'Earlier' }).click();
    await page.locator('.marker').first().waitFor();
    const marked = page.locator('td.finding-warn button.cell, td.finding-block button.cell').first();
    const reason = await marked.getAttribute('title');
    expect(reason).toMatch(/^(WARN|BLOCK): /);
    await marked.click();
    await expect.poll(() => page.getByRole('complementary', { name: 'Findings' }).textContent()).toMatch(/(WARN|BLOCK|OVERRIDDEN)/);
    await page.screenshot({ path: SHOTS + 'roster-board.png' });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.close();
  });

  it('lets a supervisor add a shift and see its findings at once, cancel it, and publish a draft', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, 'supervisor@demo.muster');
    await page.getByRole('heading', { name: 'Roster — Chicago Team 1' }).waitFor();
    await page.locator('table.board tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Later' }).click();
    await page.locator('table.board tbody tr .shift').first().waitFor();
    const row = page.locator('table.board tbody tr').first();
    const free = row
      .locator('td:not(.finding-block):not(.finding-warn) button.cell')
      .filter({ hasNot: page.locator('.shift') })
      .first();
    const label = (await free.getAttribute('aria-label'))!;
    // With the keyboard: a cell is a button.
    await free.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Findings' });
    const add = panel.getByRole('form', { name: 'Add a shift' });
    // 08:00 to 00:30: 16.5 h, a block of duty.max-length that starts on this day whatever the neighbours.
    await add.getByLabel('From', { exact: true }).fill('08:00');
    await add.getByLabel('To', { exact: true }).fill('00:30');
    const started = Date.now();
    await add.getByRole('button', { name: 'Add shift' }).click();
    const cell = page.getByRole('button', { name: label });
    await cell.locator('.marker.block').waitFor();
    console.log(`add a 16.5 h shift → block marked on the board: ${Date.now() - started} ms`);
    await expect.poll(() => panel.textContent()).toContain('duty.max-length');
    expect(await cell.locator('.shift.draft').count()).toBe(1);
    await panel.getByRole('button', { name: 'Cancel shift' }).click();
    await cell.locator('.marker.block').waitFor({ state: 'detached' });
    expect(await cell.locator('.shift').count()).toBe(0);
    await add.getByLabel('From', { exact: true }).fill('08:00');
    await add.getByLabel('To', { exact: true }).fill('16:00');
    await add.getByRole('button', { name: 'Add shift' }).click();
    await cell.locator('.shift.draft').waitFor();
    await page.getByRole('button', { name: 'Publish drafts' }).click();
    await page.getByText('Published 1 draft.').waitFor();
    await cell.locator('.shift:not(.draft)').waitFor();
    await page.close();
  });

  it('shows an officer their own schedule and no roster', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, 'officer@demo.muster');
    await page.getByRole('heading', { name: /the next two weeks$/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Roster' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'My schedule' }).count()).toBe(1);
    await page.locator('table.schedule tbody tr').first().waitFor();
    expect(await page.locator('table.schedule tbody tr').count()).toBeGreaterThan(3);
    expect(await page.getByRole('meter').count()).toBe(4);
    await page.locator('.fatigue-chart figcaption').waitFor();
    expect(await page.locator('.fatigue-chart figcaption').textContent()).toMatch(/Highest predicted KSS \d/);
    expect(await page.locator('.fatigue-chart polyline.kss-line').getAttribute('points')).toMatch(/^[\d.]+,[\d.]+ /);
    await page.setViewportSize({ width: 1280, height: 800 });
    // The top of the page (hours, prediction, schedule); officer-view.e2e.spec.ts shoots the whole page.
    await page.screenshot({ path: SHOTS + 'officer-view.png', fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1250 } });
    await page.close();
  });
});
