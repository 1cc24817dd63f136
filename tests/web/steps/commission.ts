// The commission's session by clicking, as its people: a member finds the session on the agenda; the secretary
// records the open votes — the symmetric-sanction guard refuses identical penalties on unestablished facts (shown in
// words), the re-vote ties on officer A and the chair's vote decides — and everyone sees the minutes.
import { type Browser, type Page } from 'playwright-core';
import { seriousViolations, signIn } from '../support/pages';
import { type WebSystem } from '../support/web-system';
import { caseToday } from './case-api';
import { checkPage, pageOf, type CaseWalk } from './walk';

/** member-3 stays away: 4 of 5 present, the quorum of two thirds (4) is reached. */
export const PRESENT = ['chair-1', 'secretary-1', 'member-1', 'member-2'];

/** A person's own browser session (their own sign-in and device storage). */
export async function personPage(browser: Browser, web: WebSystem, person: string, path: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, web.webUrl, person, path);
  return page;
}

/** A member opens the agenda and the session: notice kept, quorum of the composition, the comparable panel. */
export async function memberOpensSession(page: Page, web: WebSystem, caseId: string): Promise<string[]> {
  await page.goto(`${web.webUrl}/commission`);
  const link = page
    .getByTestId('agenda-session')
    .filter({ hasText: caseId.slice(0, 8) })
    .first()
    .getByRole('link');
  const href = await link.getAttribute('href');
  if (href !== `/commission/${caseId}`) throw new Error(`the agenda links the session to ${href}`);
  await page.goto(`${web.webUrl}${href}`);
  await page.getByTestId('quorum').waitFor();
  await page.getByTestId('notice-check').waitFor();
  await page.getByTestId('comparable').first().waitFor();
  return seriousViolations(page);
}

const vote = (page: Page, subject: string, member: string, choice: string) =>
  page.locator(`[id="vote-${subject}-${member}"]`).selectOption(choice);

/** The secretary marks member-3 absent, watching the live quorum, and records the open votes. */
export async function secretaryRecordsSession(page: Page, web: WebSystem, caseId: string) {
  await page.goto(`${web.webUrl}/commission/${caseId}`);
  await page.getByTestId('quorum').waitFor();
  const quorumBefore = (await page.getByTestId('quorum').textContent()) ?? '';
  await page.getByRole('checkbox', { name: /member-3/ }).uncheck();
  const quorumAfter = (await page.getByTestId('quorum').textContent()) ?? '';
  // As first recorded: officer A reprimand 3:1, officer B reprimand 4:0 — identical penalties, facts partly established.
  for (const [i, member] of PRESENT.entries()) {
    await vote(page, 'officer-a', member, i === 0 ? 'remark' : 'reprimand');
    await vote(page, 'officer-b', member, 'reprimand');
  }
  await page.locator('[id="participation-officer-b"]').selectOption('video');
  await page.getByRole('button', { name: /minutes|протокол|хаттама/i }).click();
  const refusal = page.getByTestId('refusal');
  await refusal.waitFor();
  const refusalText = (await refusal.textContent()) ?? '';
  const refusalViolations = await seriousViolations(page);
  // The re-vote: officer A ties 2:2 (remark: the chair and member-1), the chair's vote decides; B reprimand 4:0.
  for (const [i, member] of PRESENT.entries())
    await vote(page, 'officer-a', member, i === 0 || i === 2 ? 'remark' : 'reprimand');
  await page.getByRole('button', { name: /minutes|протокол|хаттама/i }).click();
  await page.getByTestId('minutes').waitFor();
  const minutes = (await page.getByTestId('minutes').textContent()) ?? '';
  const byChair = await page.getByTestId('decided-by-chair').count();
  return { quorumBefore, quorumAfter, refusalText, refusalViolations, minutes, byChair };
}

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The head convenes the seed's five-member commission from the case's work page: first for the case's today (the
 * service refuses: the officer must have a working day's notice, said with its article and the earliest day), then
 * for the day the refusal named. Returns the refusals' words and the day of the session.
 */
export async function conveneCommission(walk: CaseWalk, head = 'head-1') {
  const page = await pageOf(walk, head);
  await page.goto(`${walk.web.webUrl}/work/${walk.caseId}`);
  const command = 'ScheduleCommissionSession';
  const form = page.getByTestId(`form-${command}`).first();
  await page.locator('[data-testid="work-tasks"], #work-tasks-heading').first().waitFor();
  if (!(await form.isVisible())) await page.getByTestId(`open-${command}`).click();
  await form.waitFor();
  await form.locator('input[id$="-chairRef"]').fill('chair-1');
  await form.locator('input[id$="-secretaryRef"]').fill('secretary-1');
  await form.locator('textarea[id$="-memberRefs"]').fill('member-1\nmember-2\nmember-3');
  let day = await caseToday(walk.web, walk.caseId);
  let refusal = '';
  for (let attempt = 0; ; attempt++) {
    await form.locator('input[id$="-sessionOn"]').fill(day);
    await form.locator(`[data-testid="submit-${command}"]`).click();
    // The earlier refusal goes as the new attempt starts (it may come back for this day too).
    if (attempt > 0)
      await form
        .getByTestId('error-summary')
        .waitFor({ state: 'detached', timeout: 5_000 })
        .catch(() => undefined);
    const outcome = form.locator(`[data-testid="done-${command}"], [data-testid="error-summary"]`).first();
    await outcome.waitFor({ timeout: 60_000 });
    if ((await outcome.getAttribute('data-testid')) === `done-${command}`) break;
    const rule = form.getByTestId('refusal-rule');
    const ruleText = (await rule.count()) > 0 ? ((await rule.textContent()) ?? '') : '';
    // Every refusal is kept: on compressed time the case's day can move between reading it and sending (then
    // the first refusal is SESSION_DATE_BEFORE_TODAY, and the notice rule comes with the next day).
    refusal += `${(await outcome.textContent()) ?? ''} ${ruleText}\n`;
    if (attempt === 0) await checkPage(walk, page, 'case work (head, convening refused)');
    if (attempt > 6) throw new Error(`the commission could not be convened: ${await outcome.textContent()}`);
    // As a person would: the refusal names the earliest lawful day; without one, try the next day.
    day = /\d{4}-\d{2}-\d{2}/.exec((await outcome.textContent()) ?? '')?.[0] ?? nextDay(day);
  }
  return { refusal, sessionOn: day };
}
