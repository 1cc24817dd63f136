import { B_PROTECTION_ACT } from '@qorgau/domain/test-support';
import { eventually } from '@qorgau/local-system';
import { type Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import {
  answerProtectionAct,
  approveConclusion,
  explain,
  orderInvestigation,
  requestExplanations,
  submitConclusion,
} from './steps/investigation';
import { fileReport } from './steps/report';
import { closeWalk, pageOf, screenshotsOf, type CaseWalk } from './steps/walk';
import { startWebSystem, type WebSystem } from './support/web-system';

// Issue 12's task list and case-work page, in a real browser against the real local system on compressed case
// time (one case day = 30 real seconds): the seed's case from the report to the approved conclusion by clicking,
// as its people, the report included. Only officer B's Protection Act goes through the API (its editor is tested
// in officer-case.int.test.ts).

jest.setTimeout(30 * 60_000);

const SCALE = 2_880;

describe('the investigation in the web app, by its people', () => {
  let web: WebSystem;
  let browser: Browser;
  let walk: CaseWalk;

  const stage = async () =>
    (await web.http.as(web.token('head-1')).get<{ stage: string }>('cases', `/cases/${walk.caseId}`)).body
      .stage;

  beforeAll(async () => {
    // Its own databases and task queue: the Postgres and Temporal servers may be shared with other runs.
    const run = `webtasks${Date.now().toString(36)}`;
    web = await startWebSystem({ timeScale: SCALE, databasePrefix: `${run}_`, taskQueue: run });
    browser = await launchChromium();
    walk = { web, browser, caseId: '', problems: [] };
  });

  afterAll(async () => {
    if (walk) await closeWalk(walk);
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
        (
          await web.http.as(web.token('head-1')).get<{
            state: { parties?: { personRef: string }[]; allegations: { kind: string }[] };
          }>('cases', `/cases/${walk.caseId}`)
        ).body as { state: { parties: { personRef: string }[]; allegations: { kind: string }[] } },
      { timeoutMs: 30_000, intervalMs: 1_000 },
    );
    expect(body.state.parties.map((p) => p.personRef)).toEqual(['officer-a', 'officer-b', 'colleague-c']);
    expect(body.state.allegations.map((a) => a.kind)).toEqual(['physical-harm']);
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

  it("the investigator answers each item of B's Protection Act while the conclusion stays blocked", async () => {
    await web.http
      .as(web.token('officer-b'))
      .post('cases', `/cases/${walk.caseId}/protection-acts`, { items: B_PROTECTION_ACT });
    const blockers = await answerProtectionAct(walk);
    // The service named every unanswered item (and the windows still open); the web only showed them.
    expect(blockers.length).toBeGreaterThanOrEqual(B_PROTECTION_ACT.length);
    expect(blockers.join('\n')).toContain('officer-b');
  });

  it('the conclusion goes once the windows close on case time, and the head approves it', async () => {
    await submitConclusion(walk);
    expect(await stage()).toBe('conclusion-submitted');
    await approveConclusion(walk);
    expect(await stage()).toBe('conclusion-approved');
  });

  it('the task list and the case-work page in kk, ru and en, phone and desktop: axe clean, screenshots', async () => {
    await screenshotsOf(walk, await pageOf(walk, 'head-1'), 'report', '/cases/new', [390, 1280]);
    await screenshotsOf(walk, await pageOf(walk, 'head-1'), 'tasks', '/tasks');
    await screenshotsOf(walk, await pageOf(walk, 'head-1'), 'case-work-head', `/work/${walk.caseId}`);
    await screenshotsOf(walk, await pageOf(walk, 'inv-1'), 'case-work-investigator', `/work/${walk.caseId}`);
    expect(walk.problems).toEqual([]);
  });
});
