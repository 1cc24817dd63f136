// The steps before the commission through the public API as the seed's people, for the tests that start after
// them (investigation.int.test.ts clicks the same steps): report → explanations → investigation → officer B's
// Protection Act, answered → the windows close on case time → conclusion → approval → familiarization. Also the
// case's clock, read as the tests wait for a case day.
import { eventually, kazakhstanDate } from '@qorgau/local-system';
import { B_PROTECTION_ACT, bodyOf, FINDINGS, seedReportOfSlap } from '@qorgau/domain/test-support';
import { type WebSystem } from '../support/web-system';

export const PROPOSALS = [
  { personRef: 'officer-a', violationId: 'v-insults', penalty: 'remark' },
  { personRef: 'officer-b', violationId: 'v-insults', penalty: 'reprimand' },
];
export const PROTECTION_ACT_REFERENCES = { 'officer-b': B_PROTECTION_ACT.map((i) => i.id) };

const as = (web: WebSystem, person: string) => web.http.as(web.token(person));
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
const yesterday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date(Date.now() - 86_400_000));

/** The case's today on its own clock (compressed case time included). */
export async function caseToday(web: WebSystem, caseId: string): Promise<string> {
  const { body } = await as(web, 'head-1').get<{ asOf: string }>('cases', `/cases/${caseId}/clock`);
  return kazakhstanDate(Date.parse(body.asOf));
}

/** Waits (real time, the case's clock running compressed) until the case's today is `day` or later. */
export async function untilCaseDay(web: WebSystem, caseId: string, day: string, timeoutMs = 10 * 60_000) {
  await eventually(
    `case day ${day}`,
    async () => ((await caseToday(web, caseId)) >= day ? true : undefined),
    { timeoutMs, intervalMs: 1_000 },
  );
}

/** The seed's case with its conclusion approved and shown to both officers; returns the case id. */
export async function approvedConclusion(web: WebSystem): Promise<string> {
  const report = bodyOf(seedReportOfSlap(today(), yesterday()));
  const caseId = (await as(web, 'head-1').post<{ caseId: string }>('cases', '/cases', report)).body.caseId;
  const c = `/cases/${caseId}`;
  await as(web, 'head-1').post('cases', `${c}/explanations/request`, {});
  for (const person of ['officer-a', 'officer-b'])
    await as(web, person).post('cases', `${c}/explanations`, {
      personRef: person,
      kind: 'denial',
      documentRef: `explanation-${person}`,
    });
  await as(web, 'head-1').post('cases', `${c}/investigation`, { investigatorRef: 'inv-1' });
  await as(web, 'officer-b').post('cases', `${c}/protection-acts`, { items: B_PROTECTION_ACT });
  for (const item of B_PROTECTION_ACT)
    await as(web, 'inv-1').post('cases', `${c}/protection-acts/officer-b/items/${item.id}/answer`, {
      decision: 'granted',
      reason: `Taken into account in the conclusion (${item.id})`,
    });
  // The Protection Act windows close on the case's own timer (compressed case time).
  await eventually(
    'the investigator may submit the conclusion',
    async () => {
      const { body } = await as(web, 'inv-1').get<Record<string, { command: string }[]>>(
        'cases',
        `${c}/tasks`,
      );
      return body.investigator?.some((t) => t.command === 'SubmitConclusion') ? true : undefined;
    },
    { timeoutMs: 10 * 60_000, intervalMs: 1_000 },
  );
  await as(web, 'inv-1').post('cases', `${c}/conclusion`, {
    findings: FINDINGS,
    proposals: PROPOSALS,
    circumstances: [],
    protectionActReferences: PROTECTION_ACT_REFERENCES,
  });
  await as(web, 'head-1').post('cases', `${c}/conclusion/approval`, {});
  for (const person of ['officer-a', 'officer-b'])
    await as(web, 'head-1').post('cases', `${c}/familiarizations`, { personRef: person, outcome: 'signed' });
  return caseId;
}
