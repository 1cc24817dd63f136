import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchChromium } from '@qorgau/devstack';
import { screenshot, seriousViolations, signIn } from './support/pages';
import { startWebSystem, type WebSystem } from './support/web-system';

// Issue 12's directory in a real browser against the real local system: the administrator signs in, sees the
// units tree, officers and the unit's dated commission, uploads a personnel CSV, reads the dry run, applies it;
// a broken CSV is refused with its line and column at the top and nothing applied; an officer is not permitted;
// a head reads their own unit's commission with no control that changes anything.

jest.setTimeout(15 * 60_000);

// The local system keeps its data between runs: this run's records carry their own suffix.
const RUN = Date.now().toString(36);
const UNIT = `web-unit-${RUN}`;
const UNITS = `unit_id,name,parent_unit_id\n${UNIT},"Web district unit ${RUN}",dept-almaty\n`;
const OFFICERS = [
  'person_ref,full_name,unit_id,roles,active',
  `web-${RUN}-1,Aigerim ${RUN},${UNIT},officer,true`,
  `web-${RUN}-2,Dauren ${RUN},${UNIT},officer;investigator,true`,
  '',
].join('\n');
const BROKEN = [
  'person_ref,full_name,unit_id,roles,active',
  `web-${RUN}-3,Bolat ${RUN},${UNIT},officer,true`,
  `web-${RUN}-4,Saule ${RUN},no-such-unit,officer,true`,
  '',
].join('\n');

describe('the directory screen (admin)', () => {
  let web: WebSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // Own databases and task queue: a Postgres and Temporal shared with other runs keep their data apart.
    web = await startWebSystem({ databasePrefix: `dir_${RUN}_`, taskQueue: `directory-${RUN}` });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
  });

  const officersNamed = async (q: string) =>
    (
      await web.http
        .as(web.token('admin-1'))
        .get<{ total: number }>('cases', `/directory/officers?q=${encodeURIComponent(q)}`)
    ).body.total;

  /** The three file inputs in their order on the page: units, officers, commissions. */
  const choose = async (file: 'units' | 'officers', text: string) => {
    const index = file === 'units' ? 0 : 1;
    await page
      .locator('input[type=file]')
      .nth(index)
      .setInputFiles({ name: `${file}.csv`, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  };

  it('shows the units tree, officers and the commission in force', async () => {
    await signIn(page, web.webUrl, 'admin-1', '/directory');
    await page.evaluate(() => window.localStorage.setItem('qorgau.locale', 'en'));
    await page.reload();
    await page.getByTestId('unit-dept-almaty').waitFor();
    await page.getByTestId('unit-unit-almaty-3').click();
    await page.getByTestId('commission').getByText('2000-01-01').waitFor();
    await page.getByTestId('officers').getByText('Commission chair', { exact: true }).waitFor();
    expect(await page.getByTestId('commission').textContent()).toContain('in force today');
    await page.getByTestId('officer-search').fill('Investigator 2');
    await page.getByTestId('officers').getByText('inv-2').waitFor();
    expect(await page.getByTestId('officers').getByRole('row').count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('uploads a CSV, shows the dry run, and applies it on confirmation', async () => {
    await choose('units', UNITS);
    await choose('officers', OFFICERS);
    await page.getByTestId('import-dry-run').click();
    await page.getByTestId('import-preview').waitFor();
    const counts = await page.getByTestId('import-counts').textContent();
    expect(counts).toMatch(/Units\s*1\s*0\s*0\s*0/);
    expect(counts).toMatch(/Officers\s*2\s*0\s*0\s*0/);
    expect(await page.getByTestId('import-changes').textContent()).toContain(`line 3 · added · web-${RUN}-2`);
    expect(await officersNamed(RUN)).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'directory-dry-run-en-1280');

    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-applied').waitFor();
    expect(await officersNamed(RUN)).toBe(2);
    await page.getByTestId('officer-search').fill('');
    await page.getByTestId(`unit-${UNIT}`).click();
    await page.getByTestId('officers').getByText(`Dauren ${RUN}`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('refuses a broken CSV naming its line and column at the top; nothing is applied', async () => {
    await page.reload();
    await page.getByTestId('unit-dept-almaty').waitFor();
    await choose('officers', BROKEN);
    await page.getByTestId('import-dry-run').click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('officers, line 3, column "unit_id": no such unit');
    await page.getByTestId('import-nothing-applied').waitFor();
    expect(await page.getByTestId('import-preview').count()).toBe(0);
    expect(await officersNamed(`Bolat ${RUN}`)).toBe(0);
    // The summary is focused and its link leads to the file's input.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'error-summary',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'directory-broken-en-1280');
  });

  it('in kk, ru and en at 360 px and desktop: no serious axe violation, a screenshot each', async () => {
    const problems: string[] = [];
    for (const locale of ['kk', 'ru', 'en']) {
      await page.evaluate((l) => window.localStorage.setItem('qorgau.locale', l), locale);
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${web.webUrl}/directory`);
        await page.getByTestId('unit-unit-almaty-3').click();
        await page.getByTestId('commission').locator('li').first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await screenshot(page, `directory-${locale}-${width}`);
        problems.push(...(await seriousViolations(page)).map((v) => `directory ${locale} ${width}: ${v}`));
      }
    }
    expect(problems).toEqual([]);
  });

  it("shows a head their unit's commission read-only: no import, no officers list, nothing above it", async () => {
    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const headPage = await other.newPage();
    await signIn(headPage, web.webUrl, 'head-1', '/directory');
    await headPage.evaluate(() => window.localStorage.setItem('qorgau.locale', 'en'));
    await headPage.reload();
    await headPage.getByTestId('directory-read-only').waitFor();
    await headPage.getByTestId('unit-unit-almaty-3').click();
    await headPage.getByTestId('commission').getByText('2000-01-01').waitFor();
    expect(await headPage.getByTestId('commission').textContent()).toContain('chair-1');
    expect(await headPage.getByTestId('unit-dept-almaty').count()).toBe(0);
    expect(await headPage.locator('input[type=file]').count()).toBe(0);
    expect(await headPage.getByTestId('import-dry-run').count()).toBe(0);
    expect(await headPage.getByTestId('officers').count()).toBe(0);
    expect(await seriousViolations(headPage)).toEqual([]);
    await screenshot(headPage, 'directory-head-en-1280');
    const api = web.http.as(web.token('head-1'));
    expect(
      (await api.get('cases', '/directory/units/dept-almaty/commission', { allowError: true })).status,
    ).toBe(403);
    await other.close();
  });

  it('tells an officer they are not permitted, and the API refuses them too', async () => {
    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const officerPage = await other.newPage();
    await signIn(officerPage, web.webUrl, 'officer-b', '/directory');
    await officerPage.getByTestId('not-permitted').waitFor();
    expect(await seriousViolations(officerPage)).toEqual([]);
    const refused = await web.http
      .as(web.token('officer-b'))
      .get('cases', '/directory/units', { allowError: true });
    expect(refused.status).toBe(403);
    await other.close();
  });
});
