import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAgencyInBrowser, SHOTS } from './e2e-demo.ts';

const NAME = 'E2E warrant service';

/** A day within the demo's two published weeks: some of the unit is on duty, the rest has recent hours. */
function dayAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whether the page is wider than the window (a page-wide horizontal scroll). */
const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('operation staffing in Chromium, on the demo agency', () => {
  const demo = demoAgencyInBrowser('staffing');
  let operationHash = '';

  async function signIn(page: Page, email: string): Promise<void> {
    await demo.signIn(page, email);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  }

  it('lets a supervisor plan an operation, propose a team, see reasons and gates, and override one officer with a reason', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, 'supervisor@demo.muster');
    await page.getByRole('link', { name: 'Operations' }).click();
    await page.getByRole('heading', { name: 'Operations' }).waitFor();
    await page.locator('table.operations-table tbody tr').first().waitFor();
    const listed = await page.locator('table.operations-table tbody tr').count();
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThanOrEqual(5);

    await page.getByRole('link', { name: 'New operation' }).click();
    const form = page.getByRole('form', { name: 'New operation' });
    await form.getByLabel('Name', { exact: true }).fill(NAME);
    expect(await form.getByText('America/Chicago', { exact: true }).count()).toBe(1);
    const day = dayAhead(6);
    await form.getByLabel('Starts', { exact: true }).fill(`${day}T08:00`);
    // Ends before it starts: the API refuses and the form says so next to "Ends".
    await form.getByLabel('Ends', { exact: true }).fill(`${day}T07:00`);
    await form.getByLabel('Risk tier').selectOption('high');
    await form.getByRole('group', { name: 'Role 2' }).getByLabel('Officers').fill('3');
    await form.getByRole('button', { name: 'Create operation' }).click();
    await expect.poll(() => page.locator('#op-end-problems').textContent()).toContain('An operation must end after it starts');
    expect(await form.getByLabel('Ends', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: SHOTS + 'operation-form.png', fullPage: true });
    await form.getByLabel('Ends', { exact: true }).fill(`${day}T16:00`);
    await form.getByRole('button', { name: 'Create operation' }).click();

    await page.getByRole('heading', { name: NAME }).waitFor();
    operationHash = new URL(page.url()).hash;
    expect(operationHash).toMatch(/^#\/staffing\/OP-[0-9A-Z]{8}$/);
    expect(await page.locator('.operation-facts').textContent()).toContain(`${day} 08:00 – 16:00 (America/Chicago), 8 h`);
    // The status waits for the operation's proposals to load.
    await expect.poll(() => page.locator('.staffing-status').textContent()).toBe('Planned, not staffed');

    const started = Date.now();
    await page.getByRole('button', { name: 'Propose team' }).click();
    await page.locator('table.team-table tbody tr').first().waitFor();
    const proposeMs = Date.now() - started;
    console.log(`"Propose team" click → team shown: ${proposeMs} ms`);
    expect(await page.locator('table.team-table tbody tr').count()).toBe(4);
    const firstMember = await page.locator('table.team-table tbody tr').first().textContent();
    expect(firstMember).toMatch(/^team-lead/);
    expect(firstMember).toMatch(/\d+(\.\d+)? h/);
    // Excluded officers: grouped by gate with counts that add up to the total.
    const all = await page.getByRole('button', { name: /^All gates \(\d+\)$/ }).textContent();
    const total = Number(/\((\d+)\)/.exec(all!)![1]);
    const groups = await page.locator('.gate-filters button[data-gate]').allTextContents();
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.reduce((n, g) => n + Number(/\((\d+)\)$/.exec(g)![1]), 0)).toBe(total);
    expect(total).toBeGreaterThan(50);
    expect(await page.locator('table.excluded-table tbody tr').count()).toBe(25);
    await page.locator('.gate-filters button[data-gate="ranked-lower"]').click();
    expect(await page.locator('table.excluded-table tbody tr').first().textContent()).toContain('ranked');

    await page.getByRole('button', { name: 'Override…' }).click();
    const editor = page.getByRole('form', { name: 'Override the team' });
    const position = editor.getByLabel('entry-team, position 1');
    const submit = editor.getByRole('button', { name: 'Override with this team' });
    // An officer who fails a gate: the API refuses and says which gate.
    const failing = await position.locator('optgroup:not([label^="Qualified and available"]):not([label="Proposed team"]) option').first().getAttribute('value');
    await position.selectOption(failing!);
    await editor.getByLabel(/^Reason for the override/).fill('too short');
    expect(await submit.isDisabled()).toBe(true);
    await editor.getByLabel(/^Reason for the override/).fill('Entry officer needed at court that morning');
    expect(await submit.isDisabled()).toBe(false);
    await submit.click();
    await expect.poll(() => editor.getByRole('alert').textContent()).toContain('proposal.gate-failed');
    expect(await editor.getByRole('alert').textContent()).toContain(failing!);
    // One who passes every gate: the override goes through.
    const replacement = await position.locator('optgroup[label^="Qualified and available"] option').first().getAttribute('value');
    await position.selectOption(replacement!);
    await submit.click();
    await page.getByText('Overridden: another team is on duty').waitFor();
    await expect.poll(() => page.locator('.staffing-status').textContent()).toMatch(/^Staffed \(overridden proposal \d+\)$/);
    expect(await page.locator('table.team-table').first().textContent()).toContain(replacement!);
    expect(await page.getByRole('button', { name: 'Propose team' }).count()).toBe(0);
    expect(await page.getByText('Entry officer needed at court that morning').count()).toBe(1);
    await page.screenshot({ path: SHOTS + 'staffing-proposal.png', fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflows(page)).toBe(false);
    await page.getByRole('link', { name: '← All operations' }).click();
    const row = page.locator('table.operations-table tbody tr', { hasText: NAME });
    await expect.poll(() => row.textContent()).toContain('Staffed (overridden');
    expect(await overflows(page)).toBe(false);
    await page.close();
  }, 120_000);

  it('shows leadership the staffed operation and its team without any action', async () => {
    for (const width of [390, 1280]) {
      const page = await demo.browser.newPage({ viewport: { width, height: width === 390 ? 844 : 800 } });
      await signIn(page, 'leadership@demo.muster');
      await page.goto(`${demo.server.url}/${operationHash}`);
      await page.getByRole('heading', { name: NAME }).waitFor();
      await page.locator('table.team-table tbody tr').first().waitFor();
      expect(await page.locator('table.team-table').first().locator('tbody tr').count()).toBe(4);
      expect(await page.getByText('Overridden: another team is on duty').count()).toBe(1);
      for (const name of ['Propose team', 'Accept team', 'Override…', 'Discard…']) expect(await page.getByRole('button', { name }).count(), name).toBe(0);
      expect(await page.locator('table.excluded-table tbody tr').count()).toBe(25);
      expect(await overflows(page)).toBe(false);
      await page.getByRole('link', { name: '← All operations' }).click();
      await page.locator('table.operations-table tbody tr', { hasText: NAME }).waitFor();
      expect(await page.getByRole('link', { name: 'New operation' }).count()).toBe(0);
      await page.close();
    }
  }, 60_000);
});
