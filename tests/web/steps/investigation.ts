import { eventually } from '@qorgau/local-system';
import { type Locator, type Page } from 'playwright-core';
import { checkPage, pageOf, type CaseWalk } from './walk';

// The seed's case from the report to the approved conclusion, by clicking, as its people: the head asks for
// explanations and orders the investigation from the task list, both officers explain on their case page, the
// investigator answers each Protection Act item and submits the conclusion once the service allows it (the
// window closes on the system's compressed case time), the head approves it. Each step is a function the
// commission/appeal/support steps can follow.

const task = (page: Page, command: string, caseId: string): Locator =>
  page.locator(`[data-testid="task"][data-command="${command}"][data-case="${caseId}"]`);
export const workTask = (page: Page, command: string): Locator =>
  page.locator(`[data-testid="work-task"][data-command="${command}"]`);

/** Picks the "all" view: a click on the chip's label, as a person does (the radio itself is visually hidden). */
async function showAll(page: Page): Promise<void> {
  const id = await page.locator('[data-testid="task-view-all"]').getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
}

/** Opens the task list, shows every task, and opens `command`'s task of the case (claiming it first when it is a group's). */
export async function openTask(walk: CaseWalk, personRef: string, command: string): Promise<Page> {
  const page = await pageOf(walk, personRef);
  const card = task(page, command, walk.caseId).first();
  // The projection follows the workflow by a moment: read the list again until the task is there.
  await eventually(
    `${personRef}'s ${command} task in ${walk.caseId}`,
    async () => {
      await page.goto(`${walk.web.webUrl}/tasks`);
      await showAll(page);
      await page.locator('[data-testid="task-list"], [data-testid="tasks-empty"]').first().waitFor();
      return (await card.isVisible()) ? true : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 1_000 },
  );
  await checkPage(walk, page, `tasks (${personRef})`);
  const claim = card.locator('[data-testid="task-claim"]');
  if (await claim.isVisible()) {
    await claim.click();
    await claim.waitFor({ state: 'detached' });
  }
  await card.locator('[data-testid="task-open"]').click();
  await page.waitForURL((url) => url.pathname.startsWith('/work/'));
  await workTask(page, command).first().waitFor();
  return page;
}

/**
 * Sends a task's form, waits until the service took it ("done"; a refusal fails with its words), then until the
 * task has left the reader's list (the list is read again after each step; a reload when the projection lags).
 */
export async function send(page: Page, form: Locator, command: string, confirm = false): Promise<void> {
  const before = await workTask(page, command).count();
  await form.locator(`[data-testid="submit-${command}"]`).click();
  if (confirm) {
    await form.locator('[data-testid="confirm-text"]').waitFor();
    await form.locator(`[data-testid="submit-${command}"]`).click();
  }
  // Taken ("done"), refused (the summary), or already gone from the list (the list was read again first).
  await page.waitForFunction(
    ([cmd, n]) =>
      document.querySelectorAll(`[data-testid="work-task"][data-command="${cmd}"]`).length < Number(n) ||
      document.querySelector(`[data-testid="done-${cmd}"]`) !== null ||
      document.querySelector(`[data-testid="form-${cmd}"] [data-testid="error-summary"]`) !== null,
    [command, String(before)] as const,
    { timeout: 60_000 },
  );
  const refused = page.locator(`[data-testid="form-${command}"] [data-testid="error-summary"]`).first();
  if (await refused.isVisible()) throw new Error(`${command} refused: ${await refused.textContent()}`);
  // Gone from the list: watched on the page, the case-work page read again when the list lags behind.
  const gone = () =>
    page
      .waitForFunction(
        ([cmd, n]) =>
          document.querySelectorAll(`[data-testid="work-task"][data-command="${cmd}"]`).length < Number(n),
        [command, String(before)] as const,
        { timeout: 5_000 },
      )
      .then(
        () => true,
        () => undefined,
      );
  await eventually(
    `${command} gone from the task list`,
    async () => {
      if (await gone()) return true;
      await page.reload();
      await page.locator('[data-testid="work-tasks"], #work-tasks-heading').first().waitFor();
      return undefined;
    },
    { timeoutMs: 60_000, intervalMs: 0 },
  );
}

/** The head of the unit claims the report's first step and asks both officers for written explanations. */
export async function requestExplanations(walk: CaseWalk, head = 'head-1'): Promise<void> {
  const page = await openTask(walk, head, 'RequestExplanations');
  await checkPage(walk, page, 'case work (head, reported)');
  await send(page, workTask(page, 'RequestExplanations').first(), 'RequestExplanations');
}

/** Each officer opens their case and explains in writing: a denial, so an investigation is needed. */
export async function explain(walk: CaseWalk, officers = ['officer-a', 'officer-b']): Promise<void> {
  for (const officer of officers) {
    const page = await pageOf(walk, officer);
    await page.goto(`${walk.web.webUrl}/cases/${walk.caseId}`);
    const form = page.locator('form:has(#explanation-document)');
    await form.waitFor();
    await form.locator('input[type="radio"][value="denial"]').check();
    await form.locator('#explanation-document').fill(`explanation-${officer}`);
    await form.locator('button[type="submit"]').click();
    // Taken: "sent", or the case read again already shows the explanation in place of the form (a loaded machine
    // can re-read before the status is seen); refused: the error summary says why.
    const refused = form.getByTestId('error-summary');
    await Promise.race([
      page.locator('#explanation-heading').locator('..').getByRole('status').waitFor(),
      form.waitFor({ state: 'detached' }),
      refused.waitFor(),
    ]);
    if (await refused.isVisible())
      throw new Error(`${officer}'s explanation refused: ${await refused.textContent()}`);
    await checkPage(walk, page, `case (${officer}, explained)`);
  }
}

/** The head orders the investigation and names the investigator, with the recusal check beside the field. */
export async function orderInvestigation(
  walk: CaseWalk,
  head = 'head-1',
  investigator = 'inv-1',
): Promise<void> {
  const page = await openTask(walk, head, 'OrderInvestigation');
  const form = workTask(page, 'OrderInvestigation').first();
  await form.locator('[data-testid="recusal-check"]').waitFor();
  await form.locator('input[id$="-investigatorRef"]').fill(investigator);
  await send(page, form, 'OrderInvestigation');
}

/**
 * The investigator sees the conclusion blocked (the button disabled, each open item named by the service), then
 * answers every Protection Act item with reasons from the task list's forms.
 */
export async function answerProtectionAct(walk: CaseWalk, investigator = 'inv-1'): Promise<string[]> {
  const page = await openTask(walk, investigator, 'AnswerProtectionActItem');
  const conclusion = workTask(page, 'SubmitConclusion').first();
  await conclusion.locator('[data-testid="conclusion-blockers"]').waitFor();
  const blockers = (await conclusion.locator('[data-testid="conclusion-blockers"] li').allTextContents()).map(
    (t) => t.trim(),
  );
  if (!(await conclusion.locator('[data-testid="submit-SubmitConclusion"]').isDisabled()))
    throw new Error('the conclusion could be submitted while items were open');
  await checkPage(walk, page, 'case work (investigator, answering)');
  while ((await workTask(page, 'AnswerProtectionActItem').count()) > 0) {
    const form = workTask(page, 'AnswerProtectionActItem').first();
    const item = (await form.locator('select[id$="-item"]').inputValue()).replace('|', '/');
    await form.locator('input[type="radio"][value="refused"]').check();
    await form.locator('textarea[id$="-reason"]').fill(`Answered with reasons: ${item}`);
    await send(page, form, 'AnswerProtectionActItem');
  }
  return blockers;
}

/**
 * The investigator waits, on the case's compressed time, until the service lifts every blocker (the windows
 * close), then writes the findings and the differentiated proposals and submits the conclusion.
 */
export async function submitConclusion(
  walk: CaseWalk,
  investigator = 'inv-1',
  realMs = 10 * 60_000,
): Promise<void> {
  const page = await pageOf(walk, investigator);
  // The page does not poll: read it again until the service has lifted every blocker.
  await eventually(
    'the conclusion unblocked',
    async () => {
      await page.goto(`${walk.web.webUrl}/work/${walk.caseId}`);
      const form = workTask(page, 'SubmitConclusion').first();
      await form.waitFor();
      return (await form.locator('[data-testid="submit-SubmitConclusion"]').isEnabled()) ? true : undefined;
    },
    { timeoutMs: realMs, intervalMs: 3_000 },
  );
  const form = workTask(page, 'SubmitConclusion').first();
  const penalties: Record<string, string> = { 'officer-a': 'remark', 'officer-b': 'reprimand' };
  for (const [officer, penalty] of Object.entries(penalties)) {
    await form.locator(`select[id*="-facts-${officer}"]`).selectOption('partly-established');
    await form
      .locator(`textarea[id*="-statement-${officer}"]`)
      .fill(`Mutual insults established in part for ${officer}; the slap is not proven`);
    await form.locator(`select[id*="-proposals-${officer}-"]`).selectOption(penalty);
  }
  await checkPage(walk, page, 'case work (investigator, conclusion)');
  await send(page, form, 'SubmitConclusion', true);
}

/** The head who ordered the investigation approves the conclusion (art. 58 p.5). */
export async function approveConclusion(walk: CaseWalk, head = 'head-1'): Promise<void> {
  const page = await openTask(walk, head, 'ApproveConclusion');
  await checkPage(walk, page, 'case work (head, approval)');
  await send(page, workTask(page, 'ApproveConclusion').first(), 'ApproveConclusion', true);
}

/**
 * The head records that each officer was shown the approved conclusion and signed it (art. 58 p.8), from "Other
 * actions" on the case-work page: the step is the head's, though the task is the officer's.
 */
export async function recordFamiliarizations(
  walk: CaseWalk,
  head = 'head-1',
  officers = ['officer-a', 'officer-b'],
): Promise<void> {
  const page = await pageOf(walk, head);
  const command = 'RecordFamiliarization';
  for (const officer of officers) {
    // The page read afresh for each: the form sends the case's version it was drawn with.
    await page.goto(`${walk.web.webUrl}/work/${walk.caseId}`);
    const form = page.getByTestId('other-actions').getByTestId(`form-${command}`);
    await page.getByTestId(`open-${command}`).click();
    await form.waitFor();
    await form.locator('select[id$="-personRef"]').selectOption(officer);
    await form.locator('input[type="radio"][value="signed"]').check();
    await form.locator(`[data-testid="submit-${command}"]`).click();
    const outcome = form.locator(`[data-testid="done-${command}"], [data-testid="error-summary"]`).first();
    await outcome.waitFor({ timeout: 60_000 });
    if ((await outcome.getAttribute('data-testid')) !== `done-${command}`)
      throw new Error(`${officer}'s familiarization refused: ${await outcome.textContent()}`);
  }
  await checkPage(walk, page, 'case work (head, familiarized)');
}
