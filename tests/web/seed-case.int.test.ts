import { B_PROTECTION_ACT } from '@qorgau/domain/test-support';
import { eventually } from '@qorgau/local-system';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '@qorgau/devstack';
import { screenshot, seriousViolations } from './support/pages';
import { startWebSystem, type WebSystem } from './support/web-system';
import { untilCaseDay } from './steps/case-api';
import {
  conveneCommission,
  memberOpensSession,
  personPage,
  secretaryRecordsSession,
} from './steps/commission';
import {
  answerProtectionAct,
  approveConclusion,
  explain,
  orderInvestigation,
  recordFamiliarizations,
  requestExplanations,
  submitConclusion,
} from './steps/investigation';
import { announceOrder, appeal, decideAppeal, issueOrder } from './steps/order-appeal';
import { fileProtectionAct, writeProtectionAct } from './steps/protection-act';
import { fileReport } from './steps/report';
import { officersCheckIn, psychologistActsOnConcern, STIGMATIZED_CONCERN } from './steps/support';
import { closeWalk, pageOf, screenshotsOf, type CaseWalk } from './steps/walk';

// Issue 12's acceptance walk, in a real browser against the real local system: the seed's case from the head's
// report to the psychologist acting on officer A's concern, every state-changing step clicked by the person who
// performs it — the report, the explanations, the investigation, officer B's Protection Act in its editor and the
// investigator's answers, the conclusion and its approval, the familiarizations, the commission (refused without
// a working day's notice, the guard's refusal, the chair's tie-break), the order and its announcements, B's appeal
// and the higher official's decision, both officers' consent and check-ins, A's concern, the psychologist's desk.
// The API is used only to read what the service decided and to wait for case time. The walls: an investigator at
// the desk and a psychologist at a case URL see "not permitted", and the API calls behind those pages are refused.
//
// Case time is compressed: one case day = 30 real seconds (scale 2,880), fixed per case when it starts. The
// narrowest window the clicks must fit is the Protection Act's (5 working days from the order: 2.5 real minutes or
// more) and the explanations' (2 working days); the longest wait is check-in 1, 7 case days after the decision
// (3.5 real minutes). The system cannot change a running case's scale or move its clock, so one scale serves both.

jest.setTimeout(45 * 60_000);

const SCALE = 2_880;

describe('the seed’s case in the web app, from the report to the first check-ins, by its people', () => {
  let web: WebSystem;
  let browser: Browser;
  let walk: CaseWalk;
  let checkInPath = '';
  const pages: Page[] = [];
  const open = async (person: string, path: string) => {
    const page = await personPage(browser, web, person, path);
    pages.push(page);
    return page;
  };
  const caseOf = async <T>(person = 'head-1') =>
    (await web.http.as(web.token(person)).get<T>('cases', `/cases/${walk.caseId}`)).body;
  const stage = async () => (await caseOf<{ stage: string }>()).stage;

  beforeAll(async () => {
    // Its own databases and task queue: the Postgres and Temporal servers may be shared with other runs.
    const run = `seedcase${Date.now().toString(36)}`;
    web = await startWebSystem({ timeScale: SCALE, databasePrefix: `${run}_`, taskQueue: run });
    browser = await launchChromium();
    walk = { web, browser, caseId: '', problems: [] };
  });

  afterAll(async () => {
    if (walk) await closeWalk(walk);
    for (const page of pages) await page.context().close();
    await browser?.close();
    await web?.stop();
  });

  it('the head registers the report by clicking: an empty form names each missing field, then the seed’s report', async () => {
    const missing = await fileReport(walk);
    expect(missing.length).toBeGreaterThanOrEqual(3); // said by the service, placed on the form's fields
    expect(walk.caseId).toMatch(/\S/);
    const body = await eventually(
      'the registered case',
      async () =>
        (await caseOf<{ state: { parties?: { personRef: string }[]; allegations: { kind: string }[] } }>())
          .state as { parties: { personRef: string }[]; allegations: { kind: string }[] },
      { timeoutMs: 30_000, intervalMs: 1_000 },
    );
    expect(body.parties.map((p) => p.personRef)).toEqual(['officer-a', 'officer-b', 'colleague-c']);
    expect(body.allegations.map((a) => a.kind)).toEqual(['physical-harm']);
    expect(walk.problems).toEqual([]);
  });

  it('the head asks for explanations from the task list; both officers explain on their case page', async () => {
    await requestExplanations(walk);
    await explain(walk);
    expect(await stage()).toBe('explanation-requested');
  });

  it('the head orders the investigation with the recusal check shown', async () => {
    await orderInvestigation(walk);
    expect(await stage()).toBe('investigation');
  });

  it('officer B writes and files the Protection Act in its editor, a file uploaded', async () => {
    const officer = await pageOf(walk, 'officer-b');
    await writeProtectionAct(officer, web.webUrl, walk.caseId);
    await fileProtectionAct(officer);
    walk.problems.push(...(await seriousViolations(officer)).map((v) => `protection act (officer-b): ${v}`));
    const { state } = await caseOf<{
      state: { protectionActs: { personRef: string; versions: { items: { section: string }[] }[] }[] };
    }>('inv-1');
    const act = state.protectionActs.find((p) => p.personRef === 'officer-b')!;
    expect(act.versions.at(-1)!.items.map((i) => i.section)).toEqual(B_PROTECTION_ACT.map((i) => i.section));
    expect(walk.problems).toEqual([]);
  });

  it("the investigator answers each item of B's Protection Act while the conclusion stays blocked", async () => {
    const blockers = await answerProtectionAct(walk);
    // The service named every unanswered item (and the windows still open); the web only showed them.
    expect(blockers.length).toBeGreaterThanOrEqual(B_PROTECTION_ACT.length);
    expect(blockers.join('\n')).toContain('officer-b');
  });

  it('the conclusion goes once the windows close on case time; the head approves it and records the familiarizations', async () => {
    await submitConclusion(walk);
    expect(await stage()).toBe('conclusion-submitted');
    await approveConclusion(walk);
    expect(await stage()).toBe('conclusion-approved');
    await recordFamiliarizations(walk);
    expect(await stage()).toBe('familiarized');
    expect(walk.problems).toEqual([]);
  });

  it('the task list and the case-work page in kk, ru and en, phone and desktop: axe clean, screenshots', async () => {
    await screenshotsOf(walk, await pageOf(walk, 'head-1'), 'report', '/cases/new', [390, 1280]);
    await screenshotsOf(walk, await pageOf(walk, 'head-1'), 'tasks', '/tasks');
    await screenshotsOf(walk, await pageOf(walk, 'head-1'), 'case-work-head', `/work/${walk.caseId}`);
    await screenshotsOf(walk, await pageOf(walk, 'inv-1'), 'case-work-investigator', `/work/${walk.caseId}`);
    expect(walk.problems).toEqual([]);
  });

  it('the head convenes the commission: refused without a working day’s notice, then on the next lawful day', async () => {
    const { refusal, sessionOn } = await conveneCommission(walk);
    // The service's refusal, in words with its article; the web computed no date itself.
    expect(refusal).toMatch(/58-1/);
    expect(sessionOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await untilCaseDay(web, walk.caseId, sessionOn);
    expect(walk.problems).toEqual([]);
  });

  it('a member finds the session on the agenda: notice kept, quorum of the composition, comparable cases', async () => {
    const member = await open('member-1', '/commission');
    expect(await memberOpensSession(member, web, walk.caseId)).toEqual([]);
    expect(await member.getByTestId('quorum').textContent()).toMatch(/5/);
    // member-1 is not the secretary, but the open vote is recorded by the secretary: the page is the same sheet.
    await screenshot(member, 'commission-session-member');
  });

  it('the secretary records the session: the guard refuses identical penalties in words, the chair breaks the tie', async () => {
    const secretary = await open('secretary-1', `/commission/${walk.caseId}`);
    const r = await secretaryRecordsSession(secretary, web, walk.caseId);
    expect(r.quorumBefore).not.toEqual(r.quorumAfter); // live: 5 present → 4 present, 4 required
    expect(r.quorumAfter).toMatch(/4/);
    // The refusal names the rule and its article in the reader's language (the token's locale).
    expect(r.refusalText).toMatch(/57/);
    expect(r.refusalViolations).toEqual([]);
    expect(r.byChair).toBe(1);
    expect(r.minutes).toContain('officer-a');
    expect(await seriousViolations(secretary)).toEqual([]);
    const { state } = await caseOf<{
      state: { commission: { recommendations: { personRef: string; outcome: { penalty?: string } }[] } };
    }>();
    expect(state.commission.recommendations.map((x) => `${x.personRef} ${x.outcome.penalty}`)).toEqual([
      'officer-a remark',
      'officer-b reprimand',
    ]);
  });

  it('the order, the appeal, both officers’ check-ins; the psychologist acts on the concern at the desk', async () => {
    await issueOrder(walk);
    await announceOrder(walk);
    expect(await appeal(walk)).toBeTruthy(); // the appeal's deadline, as the service counts it
    await decideAppeal(walk);
    const decided = await caseOf<{ state: { appeals: { status: string }[] } }>();
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
    const psychologist = await open('psychologist-1', `/cases/${walk.caseId}`);
    await psychologist.getByTestId('not-permitted').waitFor();
    expect(await seriousViolations(psychologist)).toEqual([]);
    // The calls those pages make, with each person's own token, through the web server's proxy.
    const status = async (person: string, path: string) =>
      (await fetch(`${web.webUrl}${path}`, { headers: { authorization: `Bearer ${web.token(person)}` } }))
        .status;
    expect(await status('inv-1', '/api/wellbeing/tasks')).toBe(403);
    expect(await status('inv-1', '/api/wellbeing/concerns')).toBe(403);
    expect(await status('inv-1', '/api/wellbeing/stats/check-ins')).toBe(403);
    expect(await status('psychologist-1', `/api/cases/cases/${walk.caseId}`)).toBe(404);
    expect(await status('psychologist-1', `/api/cases/cases/${walk.caseId}/commission`)).toBe(404);
  });

  it('every page of the commission and the desk in kk, ru and en at 360 px and desktop: axe, screenshots', async () => {
    const routes: [string, string, string][] = [
      ['secretary-1', 'commission-agenda', '/commission'],
      ['secretary-1', 'commission-session', `/commission/${walk.caseId}`],
      ['psychologist-1', 'wellbeing-desk', '/wellbeing-desk'],
      ['inv-1', 'wall', '/wellbeing-desk'],
    ];
    for (const [person, name, path] of routes) {
      const page = await open(person, path);
      await screenshotsOf(walk, page, name, path);
    }
    expect(walk.problems).toEqual([]);
  });

  it('the officer’s support screens in kk, ru and en at 390 px and desktop: axe, screenshots', async () => {
    const officer = await pageOf(walk, 'officer-a');
    await screenshotsOf(walk, officer, 'wellbeing-officer', '/wellbeing', [390, 1280]);
    await screenshotsOf(walk, officer, 'check-in', checkInPath, [390, 1280]);
    expect(walk.problems).toEqual([]);
  });
});
