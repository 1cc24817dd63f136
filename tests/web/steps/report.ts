import { checkPage, pageOf, type CaseWalk } from './walk';

// The seed's report registered by clicking, as the head of the unit: the three people and their part, the mutual
// insults as the violation, officer A's allegation of a slap backed only by A's own report (the service flags it).

const kazakhstanDay = (msAgo = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date(Date.now() - msAgo));

const PEOPLE: [string, string[]][] = [
  ['officer-a', ['applicant', 'subject']],
  ['officer-b', ['subject']],
  ['colleague-c', ['witness']],
];

/**
 * head-1 opens "Register a report" from their case list, sends it once with nothing filled (the service names
 * each missing field in the error summary), fills in the seed's report and registers it; the case's work page
 * opens. Sets `walk.caseId` and returns the error summary's lines.
 */
export async function fileReport(walk: CaseWalk, head = 'head-1'): Promise<string[]> {
  const page = await pageOf(walk, head);
  await page.goto(`${walk.web.webUrl}/cases`);
  await page.getByTestId('report-new').click();
  const form = page.getByTestId('report-form');
  await form.waitFor();
  await checkPage(walk, page, 'report (empty)');
  await page.getByTestId('report-submit').click();
  await page.getByTestId('error-summary').waitFor();
  const missing = (await page.getByTestId('error-summary').locator('li').allTextContents()).map((t) =>
    t.trim(),
  );
  await checkPage(walk, page, 'report (refused)');

  await page.locator('#report-source-report').check();
  for (const [i, [person, roles]] of PEOPLE.entries()) {
    if (i > 0) await page.getByTestId('report-add-person').click();
    await page.locator(`#report-party-${i}-person`).fill(person);
    for (const role of roles) await page.locator(`#report-party-${i}-${role}`).check();
  }
  await page
    .locator('#report-violation-description')
    .fill('Mutual insults between colleagues during service');
  await page.locator('#report-violation-misconductType').fill('conflict-between-colleagues');
  await page.locator('#report-gravity-ethics').check();
  await page.locator('#report-violation-committedOn').fill(kazakhstanDay(86_400_000));
  await page.locator('#report-violation-discoveredOn').fill(kazakhstanDay());
  await page.getByTestId('report-add-allegation').click();
  await page.locator('#report-allegation-0-byRef').selectOption('officer-a');
  await page.locator('#report-allegation-0-againstRef').selectOption('officer-b');
  await page.locator('#report-allegation-0-kind').selectOption('physical-harm');
  await page
    .locator('#report-allegation-0-description')
    .fill('Officer A reports being slapped in the face by officer B');
  await page.getByTestId('report-add-evidence').click();
  await page.locator('#report-evidence-0-kind').selectOption('party-statement');
  await page.locator('#report-evidence-0-description').fill("Officer A's report (рапорт)");
  await page.locator('#report-evidence-0-allegation').selectOption('0');
  await checkPage(walk, page, 'report (filled)');
  await page.getByTestId('report-submit').click();
  await page.waitForURL((url) => url.pathname.startsWith('/work/'), { timeout: 60_000 });
  walk.caseId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  return missing;
}
