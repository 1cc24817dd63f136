// The support after the case, by clicking, as its people: both officers give their consent to the support plan on
// their wellbeing page and answer their first check-in when it falls due (7 case days after the decision, on
// compressed case time), officer A asking for contact and raising a stigmatization concern; then the psychologist
// at the wellbeing desk acts on it: the urgent task, the check-in history and consent, a logged contact, a
// referral, the task closed.
import { eventually } from '@qorgau/local-system';
import { type Page } from 'playwright-core';
import { seriousViolations } from '../support/pages';
import { type WebSystem } from '../support/web-system';
import { checkPage, pageOf, type CaseWalk } from './walk';

const as = (web: WebSystem, person: string) => web.http.as(web.token(person));

const FINE = {
  isolation: 'never',
  'colleagues-attitude': 'disagree',
  'loyalty-doubt': 'disagree',
  'procedure-trust': 'agree',
  'organizational-support': 'rather-agree',
  strain: 'sometimes',
  burnout: 'never',
};
const STIGMATIZED = {
  isolation: 'almost-always',
  'colleagues-attitude': 'agree',
  'loyalty-doubt': 'rather-agree',
  'procedure-trust': 'rather-disagree',
  'organizational-support': 'disagree',
  strain: 'often',
  burnout: 'sometimes',
};
export const STIGMATIZED_CONCERN =
  'Since the case colleagues call me an informer, and nobody wants to share a patrol shift with me.';

/** The officer's support plan of the case on their wellbeing page (it appears once the case's decision stands). */
async function planCard(walk: CaseWalk, page: Page) {
  const card = page.locator(`[data-testid="support-plan"][data-case="${walk.caseId}"]`);
  await eventually(
    'the support plan on the wellbeing page',
    async () => {
      await page.goto(`${walk.web.webUrl}/wellbeing`);
      await page
        .locator('[data-testid="support-plan"], [data-testid="support-plans-none"]')
        .first()
        .waitFor();
      return (await card.count()) > 0 ? true : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 2_000 },
  );
  return card;
}

/** Each officer opens "My wellbeing", reads the offer and agrees to be contacted. Returns the consent texts shown. */
export async function officersConsent(walk: CaseWalk, officers = ['officer-a', 'officer-b']) {
  const consent: Record<string, string> = {};
  for (const officer of officers) {
    const page = await pageOf(walk, officer);
    const card = await planCard(walk, page);
    await checkPage(walk, page, `wellbeing (${officer}, offer)`);
    await card.getByTestId('consent-give').click();
    await card.getByTestId('consent-give').waitFor({ state: 'detached' });
    consent[officer] = (await card.getByTestId('support-consent').textContent()) ?? '';
  }
  return consent;
}

/** Waits (real time, case time compressed) until check-in 1 of each officer is due: the desk has its task. */
export async function untilCheckInDue(walk: CaseWalk, officers = ['officer-a', 'officer-b']) {
  await eventually(
    'check-in 1 due for both officers',
    async () => {
      const { body } = await as(walk.web, 'psychologist-1').get<
        { caseId: string | null; kind: string; personRef: string }[]
      >('wellbeing', '/tasks');
      const due = body.filter((t) => t.caseId === walk.caseId && t.kind === 'check-in');
      return officers.every((o) => due.some((t) => t.personRef === o)) ? true : undefined;
    },
    { timeoutMs: 10 * 60_000, intervalMs: 2_000 },
  );
}

/** The officer opens the questionnaire from their plan, answers every question and sends it. */
export async function checkIn(
  walk: CaseWalk,
  officer: string,
  answers: Record<string, string>,
  contact: boolean,
  concern?: string,
): Promise<string> {
  const page = await pageOf(walk, officer);
  const card = await planCard(walk, page);
  await card.getByTestId('check-in-start').click();
  await page.getByTestId('check-in-form').waitFor();
  const checkInPath = new URL(page.url()).pathname;
  for (const [item, option] of Object.entries(answers))
    await page.locator(`#check-in-${item}-${option}`).check();
  await page.locator(`#check-in-contact-${contact ? 'yes' : 'no'}`).check();
  if (concern) await page.locator('#check-in-concern').fill(concern);
  await checkPage(walk, page, `check-in (${officer})`);
  await page.getByTestId('check-in-send').click();
  await page.getByTestId('check-in-sent').waitFor({ timeout: 60_000 });
  return checkInPath;
}

/** Officer A raises the stigmatization concern about the case on their wellbeing page. */
export async function raiseConcern(walk: CaseWalk, officer = 'officer-a', content = STIGMATIZED_CONCERN) {
  const page = await pageOf(walk, officer);
  await page.goto(`${walk.web.webUrl}/wellbeing`);
  await page.locator(`#concern-case option[value="${walk.caseId}"]`).waitFor({ state: 'attached' });
  await page.locator('#concern-case').selectOption(walk.caseId);
  await page.locator('#concern-category').selectOption('stigmatization');
  await page.locator('#concern-content').fill(content);
  await page.locator('form:has(#concern-content) button[type="submit"]').click();
  await page.locator('form:has(#concern-content)').getByRole('status').waitFor();
  await checkPage(walk, page, `wellbeing (${officer}, concern)`);
}

/**
 * Both officers consent and answer check-in 1 when it is due: B is fine; A is stigmatized, asks for contact and
 * writes why, then raises the concern. Returns the path of A's questionnaire (for its screenshots).
 */
export async function officersCheckIn(walk: CaseWalk) {
  const consent = await officersConsent(walk);
  await untilCheckInDue(walk);
  await checkIn(walk, 'officer-b', FINE, false);
  const checkInPath = await checkIn(walk, 'officer-a', STIGMATIZED, true, STIGMATIZED_CONCERN);
  await raiseConcern(walk);
  return { consent, checkInPath };
}

/** The psychologist at the desk: the concern, officer A's urgent task, history and consent, contact, referral, close. */
export async function psychologistActsOnConcern(page: Page, web: WebSystem) {
  await page.goto(`${web.webUrl}/wellbeing-desk`);
  const concern = page.getByTestId('desk-concern').filter({ hasText: 'officer-a' }).first();
  await eventually(
    'the urgent task on the desk',
    async () => {
      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
      const urgent = page.locator('[data-kind="urgent-self-check-in"]').filter({ hasText: 'officer-a' });
      return (await urgent.count()) > 0 ? true : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 3_000 },
  );
  const concernText = (await concern.textContent()) ?? '';
  const deskViolations = await seriousViolations(page);
  // The urgent task (the escalated one) first: officer A asked for contact.
  // The task the service opened with A's urgent check-in (kind `urgent-self-check-in`): it carries that check-in.
  // Any escalated row of A's used to do, and a check-in task escalated as missed is a different task.
  const urgentRow = page
    .locator('[data-testid^="desk-task-"][data-kind="urgent-self-check-in"]')
    .filter({ hasText: 'officer-a' })
    .first();
  await urgentRow.getByRole('link').click();
  await page.waitForURL((url) => url.pathname.startsWith('/wellbeing-desk/tasks/'));
  await page.locator('[data-testid="desk-check-in"], [data-testid="desk-task-failed"]').first().waitFor();
  if (await page.getByTestId('desk-task-failed').isVisible())
    throw new Error(`the task did not load: ${await page.getByTestId('desk-task-failed').textContent()}`);
  const history = (await page.getByTestId('desk-check-in').first().textContent()) ?? '';
  const consent = (await page.getByTestId('consent-state').textContent()) ?? '';
  const taskViolations = await seriousViolations(page);
  await page.locator('#task-note').fill('Called officer A; agreed to meet the psychologist this week.');
  await page.locator('#task-outcome').selectOption('worrying');
  await page.locator('#task-channel').selectOption('phone');
  await page
    .getByRole('button', { name: /contact|контакт|байланыс/i })
    .first()
    .click();
  await page.getByTestId('desk-contact').first().waitFor();
  await page.locator('#task-note').fill('Peer support group of the unit, with the officer’s agreement.');
  await page.locator('#task-referral').selectOption('peer-support');
  await page.getByRole('button', { name: /^(refer|направить|жолдама беру)$/i }).click();
  await page.getByTestId('desk-referral').first().waitFor();
  await page.locator('#task-note').fill('Contacted and referred; follow up at check-in 2.');
  await page.getByRole('button', { name: /close|закрыть|жабу/i }).click();
  // Closed as the page shows it (the task read again), or refused in words: the note's text is no sign of either.
  const refused = page.getByTestId('error-summary');
  await page.locator('[data-testid="desk-task-status"][data-status="closed"]').or(refused).first().waitFor();
  if (await refused.isVisible()) throw new Error(`the task was not closed: ${await refused.textContent()}`);
  return { concernText, history, consent, deskViolations, taskViolations, url: page.url() };
}
