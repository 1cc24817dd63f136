// After the commission: the head's order and the appeal (through the API: those screens are the case workers'
// part), both officers' support consent and first check-ins on compressed case time (their questionnaire screen is
// not built yet), then the psychologist at the wellbeing desk, by clicking, acting on the stigmatized officer's
// concern: the urgent task, the check-in history and consent, a logged contact, a referral, the task closed.
import { eventually } from '@qorgau/local-system';
import { type Page } from 'playwright-core';
import { seriousViolations } from '../support/pages';
import { type WebSystem } from '../support/web-system';
import { PROPOSALS } from './case-api';

const as = (web: WebSystem, person: string) => web.http.as(web.token(person));

/** The head's order as the commission recommended; announced; officer B appeals; the higher official upholds it. */
export async function orderAndAppeal(web: WebSystem, caseId: string) {
  const c = `/cases/${caseId}`;
  await as(web, 'head-1').post('cases', `${c}/order`, { basis: 'investigation', penalties: PROPOSALS });
  await as(web, 'head-1').post('cases', `${c}/order/announcements`, {
    personRef: 'officer-a',
    outcome: 'signed',
  });
  await as(web, 'head-1').post('cases', `${c}/order/announcements`, {
    personRef: 'officer-b',
    outcome: 'refused',
  });
  await as(web, 'officer-b').post('cases', `${c}/appeals`, {
    appealId: 'ap-1',
    penaltyId: `${caseId}/officer-b/v-insults`,
    to: 'higher-official',
  });
  await as(web, 'higher-1').post('cases', `${c}/appeals/ap-1/decision`, {
    outcome: 'upheld',
    reason: 'The penalty matches the established part of the misconduct',
  });
}

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

/** Both officers consent, and answer their first check-in when it is due (7 case days after the decision). */
export async function officersCheckIn(web: WebSystem, caseId: string) {
  const plans: Record<string, string> = {};
  for (const person of ['officer-a', 'officer-b']) {
    const plan = await eventually(
      `${person}'s support plan`,
      async () =>
        (
          await as(web, person).get<{ planId: string; caseId: string | null }[]>('wellbeing', '/me/plans')
        ).body.find((p) => p.caseId === caseId),
      { timeoutMs: 120_000, intervalMs: 1_000 },
    );
    plans[person] = plan.planId;
    await as(web, person).post('wellbeing', `/me/plans/${plan.planId}/consent`, { decision: 'given' });
  }
  await eventually(
    'check-in 1 due for both officers',
    async () => {
      const { body } = await as(web, 'psychologist-1').get<{ caseId: string | null; kind: string }[]>(
        'wellbeing',
        '/tasks',
      );
      return body.filter((t) => t.caseId === caseId && t.kind === 'check-in').length >= 2 ? true : undefined;
    },
    { timeoutMs: 10 * 60_000, intervalMs: 2_000 },
  );
  await as(web, 'officer-b').post('wellbeing', '/me/check-ins', {
    planId: plans['officer-b'],
    answers: FINE,
    contactRequested: false,
    language: 'en',
  });
  await as(web, 'officer-a').post('wellbeing', '/me/check-ins', {
    planId: plans['officer-a'],
    answers: STIGMATIZED,
    contactRequested: true,
    concern: STIGMATIZED_CONCERN,
    language: 'en',
  });
  await as(web, 'officer-a').post('wellbeing', '/me/concerns', {
    caseId,
    category: 'stigmatization',
    content: STIGMATIZED_CONCERN,
  });
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
      return (await page.getByRole('link', { name: 'officer-a' }).count()) > 0 ? true : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 3_000 },
  );
  const concernText = (await concern.textContent()) ?? '';
  const deskViolations = await seriousViolations(page);
  // The urgent task (the escalated one) first: officer A asked for contact.
  const urgentRow = page
    .locator('[data-testid^="desk-task-"]')
    .filter({ hasText: 'officer-a' })
    .filter({ has: page.locator('.mantine-Badge-root') })
    .first();
  await urgentRow.getByRole('link').click();
  await page.getByTestId('desk-check-in').first().waitFor();
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
  await page
    .getByText(/Contacted and referred/)
    .first()
    .waitFor();
  return { concernText, history, consent, deskViolations, taskViolations, url: page.url() };
}
