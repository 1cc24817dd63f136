import { type Browser, type Page } from 'playwright-core';
import { screenshot, seriousViolations, signIn } from '../support/pages';
import { type WebSystem } from '../support/web-system';

/**
 * A case walked through the web app by its people: each person signs in in their own browser context (their own
 * session), every page they see is checked with axe, and problems are collected for the test to assert (none).
 */
export interface CaseWalk {
  readonly web: WebSystem;
  readonly browser: Browser;
  /** The case walked; set by the step that registers it (`fileReport`), when the walk starts before it. */
  caseId: string;
  /** axe's serious and critical violations seen on the way, by page. */
  readonly problems: string[];
}

const pages = new WeakMap<CaseWalk, Map<string, Page>>();

/** The signed-in page of `personRef` (one browser context each, kept for the walk). */
export async function pageOf(walk: CaseWalk, personRef: string): Promise<Page> {
  const open = pages.get(walk) ?? new Map<string, Page>();
  pages.set(walk, open);
  const existing = open.get(personRef);
  if (existing) return existing;
  const context = await walk.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, walk.web.webUrl, personRef);
  open.set(personRef, page);
  return page;
}

/** axe on the page as it stands, problems kept under `label`. */
export async function checkPage(walk: CaseWalk, page: Page, label: string): Promise<void> {
  walk.problems.push(...(await seriousViolations(page)).map((v) => `${label}: ${v}`));
}

/**
 * Screenshots of the page at `path` in kk, ru and en at phone and desktop width, with axe on each; the page's
 * language and no sideways scrolling checked too.
 */
export async function screenshotsOf(
  walk: CaseWalk,
  page: Page,
  name: string,
  path: string,
  widths: readonly number[] = [360, 1280],
): Promise<void> {
  for (const locale of ['kk', 'ru', 'en']) {
    await page.evaluate((l) => window.localStorage.setItem('qorgau.locale', l), locale);
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${walk.web.webUrl}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const lang = await page.evaluate(() => document.documentElement.lang);
      if (lang !== locale) walk.problems.push(`${name} ${locale} ${width}: lang="${lang}"`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      if (wide > width) walk.problems.push(`${name} ${locale} ${width}: ${wide} px wide`);
      await screenshot(page, `${name}-${locale}-${width}`);
      await checkPage(walk, page, `${name} ${locale} ${width}`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

export async function closeWalk(walk: CaseWalk): Promise<void> {
  for (const page of pages.get(walk)?.values() ?? []) await page.context().close();
  pages.delete(walk);
}
