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

/** What a check-in came to, as a class only: the support workflow's next step depends on it. */
export const CHECK_IN_OUTCOMES = ['completed', 'worrying', 'declined'] as const;
export type CheckInOutcomeClass = (typeof CHECK_IN_OUTCOMES)[number];

/**
 * Check-in N of person P on case C concluded with an outcome class: `completed` (answered or held),
 * `worrying` (the officer's answers scored urgent, or staff judged the conversation worrying) or `declined`
 * (the officer declined the check-in). Supersedes `wellbeing.check-in.completed`, whose strict v1 data has no
 * room for an outcome; that type stays accepted so events already in an outbox or on the topic are read.
 * Still no answers, no score, no reasons, no text: only the class crosses the wall.
 */
export const checkInConcludedData = z
  .object({
    caseId: entityId,
    personRef: entityId,
    /** 1-based, as in `support.check-in.due`. */
    checkInNumber: z.int().min(1),
    outcome: z.enum(CHECK_IN_OUTCOMES),
    concludedAt: instant,
  })
  .strict();
export type CheckInConcludedData = z.output<typeof checkInConcludedData>;

/**
 * The officer declined or stopped support on a case-linked plan: the support workflow stops asking. Only the
 * fact and its time; the officer's reasons, if any, stay in wellbeing.
 */
export const consentWithdrawnData = z
  .object({
    caseId: entityId,
    personRef: entityId,
    withdrawnAt: instant,
  })
  .strict();
export type ConsentWithdrawnData = z.output<typeof consentWithdrawnData>;

export const wellbeingCheckInEvents = {
  /** Superseded by `wellbeing.check-in.concluded`; no longer produced, still consumed (as `completed`). */
  'wellbeing.check-in.completed': defineEvent(1, checkInCompletedData),
  'wellbeing.check-in.concluded': defineEvent(1, checkInConcludedData),
  'wellbeing.consent.withdrawn': defineEvent(1, consentWithdrawnData),
};

/** Keyed by caseId, like the concern signals. */
export const wellbeingCheckIns = defineTopic(TOPICS.wellbeingCheckIns, wellbeingCheckInEvents, {
  subjectField: 'caseId',
});
