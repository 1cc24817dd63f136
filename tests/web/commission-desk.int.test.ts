import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { screenshot, seriousViolations } from './support/pages';
import { startWebSystem, type WebSystem } from './support/web-system';
import { approvedConclusion, untilCaseDay } from './steps/case-api';
import {
  conveneCommission,
  memberOpensSession,
  personPage,
  secretaryRecordsSession,
} from './steps/commission';
import { announceOrder, appeal, decideAppeal, issueOrder } from './steps/order-appeal';
import { officersCheckIn, psychologistActsOnConcern, STIGMATIZED_CONCERN } from './steps/support';
import { closeWalk, screenshotsOf, pageOf, type CaseWalk } from './steps/walk';

// Issue 12 in a real browser against the real local system on compressed case time (one case day = 10 real
// seconds): from an approved conclusion (through the API: investigation.int.test.ts clicks those steps), by
// clicking as the case's people: the head convenes the commission (refused without a working day's notice first),
// the session by its members and secretary (the guard's refusal in words, the chair's tie-break, the minutes),
// the head's order and its announcements, officer B's appeal and the higher official's decision, both officers'
// consent and check-ins and officer A's concern, and the psychologist acting on it at the wellbeing desk. The walls: an investigator at
// the desk and a psychologist at a case URL see "not permitted", and the API calls behind the pages are refused.

jest.setTimeout(40 * 60_000);

describe('the commission and the wellbeing desk in the web app', () => {
  let web: WebSystem;
  let browser: Browser;
  let caseId: string;
  let walk: CaseWalk;
  let checkInPath = '';
  const pages: Page[] = [];
  const open = async (person: string, path: string) => {
    const page = await personPage(browser, web, person, path);
    pages.push(page);
    return page;
  };

  beforeAll(async () => {
    web = await startWebSystem({
      timeScale: 8_640,
      databasePrefix: `commission_${process.pid}_`,
      taskQueue: `commission-${process.pid}`,
    });
    browser = await launchChromium();
    caseId = await approvedConclusion(web);
    walk = { web, browser, caseId, problems: [] };
  });

  afterAll(async () => {
    if (walk) await closeWalk(walk);
    await browser?.close();
    await web?.stop();
  });

  it('the head convenes the commission: refused without a working day’s notice, then on the next lawful day', async () => {
    const { refusal, sessionOn } = await conveneCommission(walk);
    // The service's refusal, in words with its article; the web computed no date itself.
    expect(refusal).toMatch(/58-1/);
    expect(sessionOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await untilCaseDay(web, caseId, sessionOn);
    expect(walk.problems).toEqual([]);
  });

  it('a member finds the session on the agenda: notice kept, quorum of the composition, comparable cases', async () => {
    const member = await open('member-1', '/commission');
    expect(await memberOpensSession(member, web, caseId)).toEqual([]);
    expect(await member.getByTestId('quorum').textContent()).toMatch(/5/);
    // member-1 is not the secretary, but the open vote is recorded by the secretary: the page is the same sheet.
    await screenshot(member, 'commission-session-member');
  });

  it('the secretary records the session: the guard refuses identical penalties in words, the chair breaks the tie', async () => {
    const secretary = await open('secretary-1', `/commission/${caseId}`);
    const r = await secretaryRecordsSession(secretary, web, caseId);
    expect(r.quorumBefore).not.toEqual(r.quorumAfter); // live: 5 present → 4 present, 4 required
    expect(r.quorumAfter).toMatch(/4/);
    // The refusal names the rule and its article in the reader's language (the token's locale).
    expect(r.refusalText).toMatch(/57/);
    expect(r.refusalViolations).toEqual([]);
    expect(r.byChair).toBe(1);
    expect(r.minutes).toContain('officer-a');
    expect(await seriousViolations(secretary)).toEqual([]);
    const { body } = await web.http.as(web.token('head-1')).get<{
      state: { commission: { recommendations: { personRef: string; outcome: { penalty?: string } }[] } };
    }>('cases', `/cases/${caseId}`);
    expect(body.state.commission.recommendations.map((x) => `${x.personRef} ${x.outcome.penalty}`)).toEqual([
      'officer-a remark',
      'officer-b reprimand',
    ]);
  });

  it('the order, the appeal, both officers’ check-ins; the psychologist acts on the concern at the desk', async () => {
    await issueOrder(walk);
    await announceOrder(walk);
    expect(await appeal(walk)).toBeTruthy(); // the appeal's deadline, as the service counts it
    await decideAppeal(walk);
    const { body: decided } = await web.http
      .as(web.token('head-1'))
      .get<{ state: { appeals: { status: string }[] } }>('cases', `/cases/${caseId}`);
    expect(decided.state.appeals.map((a) => a.status)).toEqual(['upheld']);
    const officers = await officersCheckIn(walk);
    checkInPath = officers.checkInPath;
    expect(Object.keys(officers.consent)).toHaveLength(2);
    expect(walk.problems).toEqual([]);
    const psychologist = await open('psychologist-1', '/wellbeing-desk');
    const r = await psychologistActsOnConcern(psychologist, web);
    expect(r.concernText).toContain(STIGMATIZED_CONCERN);
    expect(r.consent).toBeTruthy();
    expect(r.history).toBeTruthy();
    expect(r.deskViolations).toEqual([]);
    expect(r.taskViolations).toEqual([]);
    const taskId = r.url.split('/').pop()!;
    const { body } = await web.http
      .as(web.token('psychologist-1'))
      .get<{ status: string; contacts: unknown[]; referrals: unknown[] }>('wellbeing', `/tasks/${taskId}`);
    expect(body).toMatchObject({ status: 'closed' });
    expect(body.contacts).toHaveLength(1);
    expect(body.referrals).toHaveLength(1);
    // The officers' own answers went in through their questionnaire: A's urgent one with the concern.
    expect(r.history).toContain(STIGMATIZED_CONCERN);
  });

  it('the walls: an investigator at the desk and a psychologist at a case see "not permitted"; the API refuses', async () => {
    const investigator = await open('inv-1', '/wellbeing-desk');
    await investigator.getByTestId('not-permitted').waitFor();
    expect(await investigator.content()).not.toContain(STIGMATIZED_CONCERN);
    expect(await seriousViolations(investigator)).toEqual([]);
    await screenshot(investigator, 'wall-investigator-desk');
    const psychologist = await open('psychologist-1', `/cases/${caseId}`);
    await psychologist.getByTestId('not-permitted').waitFor();
    expect(await seriousViolations(psychologist)).toEqual([]);
    // The calls those pages make, with each person's own token, through the web server's proxy.
    const status = async (person: string, path: string) =>
      (await fetch(`${web.webUrl}${path}`, { headers: { authorization: `Bearer ${web.token(person)}` } }))
        .status;
    expect(await status('inv-1', '/api/wellbeing/tasks')).toBe(403);
    expect(await status('inv-1', '/api/wellbeing/concerns')).toBe(403);
    expect(await status('inv-1', '/api/wellbeing/stats/check-ins')).toBe(403);
    expect(await status('psychologist-1', `/api/cases/cases/${caseId}`)).toBe(404);
    expect(await status('psychologist-1', `/api/cases/cases/${caseId}/commission`)).toBe(404);
  });

  it('every page of the commission and the desk in kk, ru and en at 360 px and desktop: axe, screenshots', async () => {
    const routes: [string, string, string][] = [
      ['secretary-1', 'commission-agenda', '/commission'],
      ['secretary-1', 'commission-session', `/commission/${caseId}`],
      ['psychologist-1', 'wellbeing-desk', '/wellbeing-desk'],
      ['inv-1', 'wall', '/wellbeing-desk'],
    ];
    const problems: string[] = [];
    for (const [person, name, path] of routes) {
      const page = await open(person, path);
      for (const locale of ['kk', 'ru', 'en']) {
        await page.evaluate((l) => window.localStorage.setItem('qorgau.locale', l), locale);
        for (const width of [360, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(`${web.webUrl}${path}`);
          await page.locator('main h1').first().waitFor();
          await page.waitForLoadState('networkidle');
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
          await screenshot(page, `${name}-${locale}-${width}`);
          problems.push(...(await seriousViolations(page)).map((v) => `${name} ${locale} ${width}: ${v}`));
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the officer’s support screens in kk, ru and en at 390 px and desktop: axe, screenshots', async () => {
    const officer = await pageOf(walk, 'officer-a');
    await screenshotsOf(walk, officer, 'wellbeing-officer', '/wellbeing', [390, 1280]);
    await screenshotsOf(walk, officer, 'check-in', checkInPath, [390, 1280]);
    expect(walk.problems).toEqual([]);
  });
});
