import { openTask, send, workTask } from './investigation';
import { checkPage, pageOf, type CaseWalk } from './walk';

// After the commission, by clicking, as the case's people: the head issues the order as the commission
// recommended and records its announcement to each officer (A signs, B refuses to sign); officer B appeals on
// their case page to the higher official, who decides it from their task list.

const PENALTIES: Record<string, string> = { 'officer-a': 'remark', 'officer-b': 'reprimand' };
const ANNOUNCED: Record<string, string> = { 'officer-a': 'signed', 'officer-b': 'refused' };

/** head-1 opens the order task and issues it: the penalty per officer, on the investigation's basis. */
export async function issueOrder(walk: CaseWalk, head = 'head-1'): Promise<void> {
  const page = await openTask(walk, head, 'IssueOrder');
  const form = workTask(page, 'IssueOrder').first();
  await form.locator('input[type="radio"][value="investigation"]').check();
  for (const [officer, penalty] of Object.entries(PENALTIES))
    await form.locator(`select[id*="-penalties-${officer}-"]`).selectOption(penalty);
  await checkPage(walk, page, 'case work (head, order)');
  await send(page, form, 'IssueOrder', true);
}

/** head-1 records how the order was announced to each officer, one task per officer. */
export async function announceOrder(walk: CaseWalk, head = 'head-1'): Promise<void> {
  const page = await openTask(walk, head, 'RecordOrderAnnouncement');
  while ((await workTask(page, 'RecordOrderAnnouncement').count()) > 0) {
    const form = workTask(page, 'RecordOrderAnnouncement').first();
    const person = await form.locator('select[id$="-personRef"]').inputValue();
    const outcome = ANNOUNCED[person];
    if (!outcome) throw new Error(`an announcement task for ${person}`);
    await form.locator(`input[type="radio"][value="${outcome}"]`).check();
    await send(page, form, 'RecordOrderAnnouncement');
  }
}

/** Officer B opens their case, sees the appeal deadline, and appeals their penalty to the higher official. */
export async function appeal(walk: CaseWalk, officer = 'officer-b'): Promise<string> {
  const page = await pageOf(walk, officer);
  await page.goto(`${walk.web.webUrl}/cases/${walk.caseId}`);
  const section = page.locator('section[aria-labelledby="appeal-heading"]');
  await section.locator('input[type="radio"][value="higher-official"]').check();
  const deadline = (await section.getByTestId('appeal-deadline').textContent()) ?? '';
  await checkPage(walk, page, `case (${officer}, appeal)`);
  await section.locator('button[type="submit"]').click();
  // Filed: the form gives way (to "filed", then to the case read again); refused: the error summary says why.
  const form = section.locator('form');
  const refused = section.getByTestId('error-summary');
  await Promise.race([form.waitFor({ state: 'detached' }), refused.waitFor()]);
  if (await refused.isVisible()) throw new Error(`the appeal was refused: ${await refused.textContent()}`);
  return deadline;
}

/** The higher official claims the appeal from their task list and upholds the penalty with reasons. */
export async function decideAppeal(walk: CaseWalk, official = 'higher-1'): Promise<void> {
  const page = await openTask(walk, official, 'DecideAppeal');
  const form = workTask(page, 'DecideAppeal').first();
  await form.locator('input[type="radio"][value="upheld"]').check();
  await form
    .locator('textarea[id$="-reason"]')
    .fill('The penalty matches the established part of the misconduct');
  await checkPage(walk, page, `case work (${official}, appeal)`);
  await send(page, form, 'DecideAppeal', true);
}
