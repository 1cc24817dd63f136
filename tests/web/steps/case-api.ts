// The case's clock through the public API, read as the walk waits for a case day (compressed case time): the
// only API the walk uses besides reading what the service decided.
import { eventually, kazakhstanDate } from '@qorgau/local-system';
import { type WebSystem } from '../support/web-system';

const as = (web: WebSystem, person: string) => web.http.as(web.token(person));

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
