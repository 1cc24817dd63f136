import { z } from 'zod';

/**
 * The fields notifications read from case events' `data` (the domain event, see @qorgau/domain
 * lifecycle/events.ts). Loose: everything else the event carries is ignored, and never copied into a
 * notification. A routed type whose data lacks these fields fails the handler and is dead-lettered.
 */
const day = z.iso.date();
const ref = z.string().min(1);

const deadlineFields = z.object({
  clock: z.string().min(1),
  dueOn: day,
  citation: z.string().default(''),
  personRef: ref.nullish(),
});

export const CASE_EVENT_DATA = {
  'case.reported': z.looseObject({
    parties: z.array(z.looseObject({ personRef: ref, roles: z.array(z.string()) })),
  }),
  'case.explanations-requested': z.looseObject({ dueOn: day }),
  'case.investigation-ordered': z.looseObject({
    orderedBy: ref,
    investigatorRef: ref,
    dueOn: day,
    protectionActWindows: z
      .array(z.looseObject({ personRef: ref, window: z.looseObject({ opensOn: day, closesOn: day }) }))
      .default([]),
  }),
  'case.investigator-replaced': z.looseObject({ investigatorRef: ref }),
  'case.protection-act-filed': z.looseObject({ personRef: ref }),
  'case.protection-act-extension-decided': z.looseObject({
    personRef: ref,
    window: z.looseObject({ closesOn: day }),
  }),
  'case.protection-act-item-answered': z.looseObject({
    personRef: ref,
    answer: z.looseObject({ itemId: ref, decision: z.string().min(1) }),
  }),
  'case.conclusion-approved': z.looseObject({ approvedBy: ref.optional(), familiarizationDueOn: day }),
  'case.commission-session-scheduled': z.looseObject({
    members: z.array(z.looseObject({ personRef: ref, role: z.enum(['chair', 'secretary', 'member']) })),
    sessionOn: day,
  }),
  'case.commission-session-held': z.looseObject({}),
  'case.order-issued': z.looseObject({
    issuedBy: ref.optional(),
    penalties: z.array(z.looseObject({ penaltyId: ref, personRef: ref, penalty: z.string().min(1) })),
    notPenalizedRefs: z.array(ref).default([]),
    announcementDueOn: day,
  }),
  'case.proceedings-ended': z.looseObject({}),
  'case.appeal-filed': z.looseObject({ appeal: z.looseObject({ appealId: ref, personRef: ref }) }),
  'case.appeal-decided': z.looseObject({ appealId: ref, outcome: z.enum(['upheld', 'cancelled']) }),
  'case.penalty-expired': z.looseObject({ penaltyId: ref }),
  'case.procedure-deadline-missed': deadlineFields.loose(),
  // Workflow notices: the deadline either nested (`deadline: {...}`) or flat, as the investigation workflow sends it.
  'case.deadline-approaching': z.looseObject({
    deadline: deadlineFields.optional(),
    workingDaysBefore: z.int().nullish(),
    daysLeft: z.int().nullish(),
  }),
  'case.deadline-passed': z.looseObject({ deadline: deadlineFields.optional(), escalateTo: ref.nullish() }),
} as const;

export type RoutedCaseEventType = keyof typeof CASE_EVENT_DATA;
export type CaseEventData<T extends RoutedCaseEventType> = z.output<(typeof CASE_EVENT_DATA)[T]>;

export const isRoutedCaseEvent = (type: string): type is RoutedCaseEventType =>
  Object.hasOwn(CASE_EVENT_DATA, type);

export type Deadline = z.output<typeof deadlineFields>;

/** The deadline of a workflow notice, nested or flat. */
export function deadlineOf(data: Record<string, unknown>): Deadline {
  const nested = (data as { deadline?: unknown }).deadline;
  return deadlineFields.parse(nested ?? data);
}
