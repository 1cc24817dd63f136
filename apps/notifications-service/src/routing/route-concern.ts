import { type ConcernRaisedData } from '@qorgau/contracts';
import { refsWith, type CaseRecipient } from './case-roles';
import { tell, uniqueIntents, type NotificationIntent } from './intent';

/**
 * DOMAIN.md, the wall: only a minimal signal ("a concern was raised on case X") may reach the ordering head.
 * The head is whoever the recipients projection holds as `head` of the case (who ordered the investigation,
 * approved the conclusion or issued the order). Nobody else is told: not the investigator, the commission, the
 * parties or the higher official. The only parameter is the case id: the category (retaliation,
 * stigmatization, ...) says something about how the officer is doing and stays behind the wall; `raisedAt` is
 * not copied either (the notification keeps only the envelope's time, as every notification does).
 */
export function routeConcern(
  type: string,
  data: Pick<ConcernRaisedData, 'caseId'>,
  caseRecipients: readonly CaseRecipient[],
): NotificationIntent[] {
  if (type !== 'wellbeing.concern.raised') return [];
  return uniqueIntents(tell(refsWith(caseRecipients, 'head'), 'concern-raised', { caseId: data.caseId }));
}
