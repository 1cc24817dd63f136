import { type SupportCheckInData } from '@qorgau/contracts';
import { DISCIPLINARY_ROLES, refsWith, type CaseRecipient } from './case-roles';
import { tell, uniqueIntents, type NotificationIntent } from './intent';

/**
 * Follow-ups go to the wellbeing staff of the person's unit, and never to anyone who holds a disciplinary
 * role in the person's case (the wall), even if a staff mapping is wrong. Only scheduling facts travel:
 * who (pseudonymous), which check-in, when; no case, no health content.
 */
export function routeFollowUp(
  type: string,
  data: SupportCheckInData | Record<string, unknown>,
  staff: readonly string[],
  caseRecipients: readonly CaseRecipient[],
): NotificationIntent[] {
  if (type !== 'support.check-in.due' && type !== 'support.check-in.missed') return [];
  const checkIn = data as SupportCheckInData;
  const walledOff = new Set(refsWith(caseRecipients, ...DISCIPLINARY_ROLES));
  const recipients = staff.filter((ref) => !walledOff.has(ref) && ref !== checkIn.personRef);
  return uniqueIntents(
    tell(recipients, type === 'support.check-in.due' ? 'check-in-due' : 'check-in-missed', {
      personRef: checkIn.personRef,
      checkInNumber: checkIn.checkInNumber,
      dueAt: checkIn.dueAt,
    }),
  );
}
