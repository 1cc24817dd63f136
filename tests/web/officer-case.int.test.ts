import { randomUUID } from 'node:crypto';
import { seedReportOfSlap, bodyOf, B_PROTECTION_ACT } from '@qorgau/domain/test-support';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchChromium } from '@qorgau/devstack';
import { screenshot, seriousViolations, signIn } from './support/pages';
import { startWebSystem, type WebSystem } from './support/web-system';
import { addItem, SHIFT_LOG, writeProtectionAct } from './steps/protection-act';

// Issue 11's acceptance, in a real browser against the real local system: officer B signs in through the OpenID
// provider, finds the case, writes and files a Protection Act (draft kept across a closed tab, a validation error
// and a 412 shown in B's language beside the field), sees the investigator's answers, and cannot see a case that
// is not B's. Every page passes axe (no serious or critical violation).

jest.setTimeout(15 * 60_000);

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
const yesterday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date(Date.now() - 86_400_000));

describe('officer B in the web app', () => {
  let web: WebSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let caseId: string;
  let otherCaseId: string;

  const as = (person: string) => web.http.as(web.token(person));

  beforeAll(async () => {
    web = await startWebSystem();
    browser = await launchChromium();
    // The seed's case, played through the API up to the open Protection Act window.
    const report = bodyOf(seedReportOfSlap(today(), yesterday()));
    caseId = (await as('head-1').post<{ caseId: string }>('cases', '/cases', report)).body.caseId;
    await as('head-1').post('cases', `/cases/${caseId}/explanations/request`, {});
    for (const person of ['officer-a', 'officer-b'])
      await as(person).post('cases', `/cases/${caseId}/explanations`, {
        personRef: person,
        kind: 'denial',
        documentRef: `explanation-${person}`,
      });
    await as('head-1').post('cases', `/cases/${caseId}/investigation`, { investigatorRef: 'inv-1' });
    // Another case, in which officer B has no part.
    const other = {
      ...report,
      parties: report.parties.filter((p) => p.personRef !== 'officer-b'),
      violations: report.violations.map((v) => ({
        ...v,
        subjectRefs: v.subjectRefs.filter((s) => s !== 'officer-b'),
      })),
      allegations: [],
      evidence: (report.evidence ?? []).map((e) => ({ ...e, allegationIds: [] })),
    };
    otherCaseId = (await as('head-1').post<{ caseId: string }>('cases', '/cases', other)).body.caseId;
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
  });

  it('signs in through the OpenID provider and finds the case in "My cases"', async () => {
    await signIn(page, web.webUrl, 'officer-b');
    await page.getByTestId('case-list').waitFor();
    await expect(page.getByTestId('case-list').textContent()).resolves.toContain(caseId);
    expect(await page.getByTestId('case-list').textContent()).not.toContain(otherCaseId);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("shows the case in the reader's view: stage, what happens next, deadlines, timeline", async () => {
    await page.goto(`${web.webUrl}/cases/${caseId}`);
    await page.getByTestId('deadlines').waitFor();
    await page.getByTestId('timeline').waitFor();
    expect(await page.getByTestId('case-stage').textContent()).toBeTruthy();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('writes one item per section with an uploaded file; the draft survives a closed tab', async () => {
    await writeProtectionAct(page, web.webUrl, caseId);
    expect(await seriousViolations(page)).toEqual([]);

    await page.close();
    page = await context.newPage();
    await page.goto(`${web.webUrl}/cases/${caseId}/protection-act`);
    await page.getByTestId('pa-item-protection-evidence').waitFor();
    expect(await page.getByTestId(/^pa-item-/).count()).toBe(6);
    await expect(page.locator('textarea').first().inputValue()).resolves.toBe(
      (B_PROTECTION_ACT[0] as { text: string }).text,
    );
    await page.getByText(SHIFT_LOG.name).waitFor();
  });

  it("shows a validation error beside the field in the officer's language, keeping what was typed", async () => {
    const empty = await addItem(page, 'objections', { materialRef: 'ev-report' });
    await page.getByTestId('pa-submit').click();
    await page.getByTestId('pa-confirm').click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    const message = (await summary.locator('a').first().textContent())!;
    // The officer's language (the token's locale claim, Kazakh unless the directory says otherwise): never English.
    expect(message).not.toMatch(/^Enter /);
    await expect(empty.textContent()).resolves.toContain(message);
    expect(await page.getByTestId(/^pa-item-/).count()).toBe(7);
    await empty.getByRole('button').first().click();
  });

  it('says someone else changed the case on a 412, and keeps the draft', async () => {
    // The investigator adds evidence meanwhile: the case's version moves on.
    await as('inv-1').post('cases', `/cases/${caseId}/evidence`, {
      id: `ev-${randomUUID().slice(0, 8)}`,
      kind: 'document',
      description: 'Duty roster of the day',
      allegationIds: [],
    });
    await page.getByTestId('pa-submit').click();
    await page.getByTestId('pa-confirm').click();
    await page.getByTestId('precondition-failed').waitFor();
    expect(await page.getByTestId(/^pa-item-/).count()).toBe(6);
  });

  it('submits after confirmation, then sees each answer beside its item once the investigator answers', async () => {
    await page.getByTestId('pa-submit').click();
    // The confirmation dialog passes axe while open (its close button is named in the officer's language).
    await page.getByTestId('pa-confirm').waitFor();
    await page.waitForFunction(() => {
      const dialog = document.querySelector('[role="dialog"]');
      return dialog !== null && getComputedStyle(dialog).opacity === '1'; // its opening transition has ended
    });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('pa-confirm').click();
    await page.getByTestId('pa-submitted').waitFor();
    const filed = (
      await as('inv-1').get<{
        state: { protectionActs: { personRef: string; versions: { items: { id: string }[] }[] }[] };
      }>('cases', `/cases/${caseId}`)
    ).body;
    const act = filed.state.protectionActs.find((p) => p.personRef === 'officer-b')!;
    const items = act.versions.at(-1)!.items;
    expect(items).toHaveLength(6);
    for (const item of items)
      await as('inv-1').post('cases', `/cases/${caseId}/protection-acts/officer-b/items/${item.id}/answer`, {
        decision: 'refused',
        reason: `Answered with reasons: ${item.id}`,
      });
    await page.reload();
    await page.getByTestId('pa-filed-item').first().waitFor();
    for (const item of items) await page.getByText(`Answered with reasons: ${item.id}`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows "not found" for a case that is not the officer\'s, with none of its data', async () => {
    await page.goto(`${web.webUrl}/cases/${otherCaseId}`);
    await page.getByTestId('not-found').waitFor();
    expect(await page.content()).not.toContain('officer-a');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('every page in kk, ru and en at 360 px and desktop: no serious axe violation, a screenshot each', async () => {
    const pages = {
      cases: '/cases',
      case: `/cases/${caseId}`,
      'protection-act': `/cases/${caseId}/protection-act`,
      inbox: '/inbox',
      wellbeing: '/wellbeing',
      'not-found': `/cases/${otherCaseId}`,
    };
    const problems: string[] = [];
    for (const locale of ['kk', 'ru', 'en']) {
      await page.evaluate((l) => window.localStorage.setItem('qorgau.locale', l), locale);
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        for (const [name, path] of Object.entries(pages)) {
          await page.goto(`${web.webUrl}${path}`);
          await page.locator('main h1').first().waitFor();
          await page.waitForLoadState('networkidle');
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
          // Nothing wider than the screen: no sideways scrolling on a 360 px phone.
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          await screenshot(page, `${name}-${locale}-${width}`);
          problems.push(...(await seriousViolations(page)).map((v) => `${name} ${locale} ${width}: ${v}`));
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
