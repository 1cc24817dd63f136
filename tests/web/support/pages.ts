import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { cacheDir } from '@qorgau/devstack';
import { type Page } from 'playwright-core';

export const SCREENSHOTS = cacheDir('screenshots');

/** axe on the page as it is: the serious and critical violations, by rule and target (expected: none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Signs in through the provider's person picker (no password in the local provider). */
export async function signIn(page: Page, webUrl: string, personRef: string, path = '/cases'): Promise<void> {
  await page.goto(`${webUrl}${path}`);
  await page.locator(`button[value="${personRef}"]`).click();
  await page.waitForURL((url) => url.toString().startsWith(webUrl) && !url.pathname.startsWith('/auth/'));
}
