import { z } from 'zod';
import { entityId, instant } from '../envelope';
import { defineEvent } from '../event-definition';
import { defineTopic } from '../topic-contract';
import { TOPICS } from '../topics';

/**
 * That check-in N of person P on case C was answered (the officer submitted it) or held (wellbeing staff
 * recorded a contact or closed its task). It feeds the support follow-up workflow (orchestration), so it
 * carries no answers, no score, no outcome, no text. `.strict()` rejects any extra field instead of silently
 * dropping it, so a producer that tries to send more fails loudly; a new field needs a new version.
 * Only case-linked plans have a workflow to tell, so `caseId` is required.
 */
export const checkInCompletedData = z
  .object({
    caseId: entityId,
    personRef: entityId,
    /** 1-based, as in `support.check-in.due`. */
    checkInNumber: z.int().min(1),
    completedAt: instant,
  })
  .strict();
export type CheckInCompletedData = z.output<typeof checkInCompletedData>;

export const wellbeingCheckInEvents = {
  'wellbeing.check-in.completed': defineEvent(1, checkInCompletedData),
};

/** Keyed by caseId, like the concern signals. */
export const wellbeingCheckIns = defineTopic(TOPICS.wellbeingCheckIns, wellbeingCheckInEvents, {
  subjectField: 'caseId',
});
