import { z } from 'zod';
import { calendarDay, entityId } from '../envelope';
import { defineEvent } from '../event-definition';
import { defineTopic } from '../topic-contract';
import { TOPICS } from '../topics';

/** Who a support plan is for. `assaulted-officer`: an officer assaulted on duty, with no disciplinary case. */
export const SUPPORT_ROLES = ['applicant', 'subject', 'witness', 'assaulted-officer'] as const;
export type SupportRole = (typeof SUPPORT_ROLES)[number];

// Follow-ups carry scheduling facts only: a pseudonymous person reference, never a name, never health content.
// Unknown fields are stripped on parse, and the publisher sends what the schema parsed, so nothing else leaves.
const planShape = {
  planId: entityId,
  personRef: entityId,
  role: z.enum(SUPPORT_ROLES),
  /** null exactly for assaulted-on-duty plans. */
  caseId: entityId.nullable(),
  unitId: entityId,
};

const checkInShape = {
  ...planShape,
  /** 1-based, as people count check-ins. */
  checkInNumber: z.int().min(1),
  /** The calendar day the check-in falls due (Kazakhstan time), `YYYY-MM-DD`. */
  dueAt: calendarDay,
  /** Days after the plan started: the policy offsets (7, 30, 90, 180 by default). */
  offsetDays: z.int().min(0),
};

const caseIdMatchesRole = <S extends z.ZodType<{ role: SupportRole; caseId: string | null }>>(schema: S) =>
  schema.refine((data) => (data.role === 'assaulted-officer') === (data.caseId === null), {
    path: ['caseId'],
    message: 'must be null exactly when role is assaulted-officer (an assault on duty has no case)',
  });

export const supportPlanData = caseIdMatchesRole(z.object(planShape));
export const supportCheckInData = caseIdMatchesRole(z.object(checkInShape));
export type SupportPlanData = z.output<typeof supportPlanData>;
export type SupportCheckInData = z.output<typeof supportCheckInData>;

export const supportFollowUpEvents = {
  'support.plan.started': defineEvent(1, supportPlanData),
  'support.check-in.due': defineEvent(1, supportCheckInData),
  'support.check-in.missed': defineEvent(1, supportCheckInData),
  'support.plan.ended': defineEvent(1, supportPlanData),
};

/** Keyed by planId: one plan's follow-ups stay in order. */
export const supportFollowUps = defineTopic(TOPICS.supportFollowUps, supportFollowUpEvents, {
  subjectField: 'planId',
});
