import { z } from 'zod';
import { calendarDay, entityId, instant } from '../envelope';
import { defineEvent, type EventDefinition } from '../event-definition';
import { defineTopic } from '../topic-contract';
import { TOPICS } from '../topics';

// The public shapes of case events on `cases.case-events.v1`. Each domain event of @qorgau/domain has one entry
// here (its type kebab-cased: `OrderIssued` → `case.order-issued`, `CaseClosed` → `case.closed`); publishing a
// domain event without one fails, and cases-persistence does not compile. `data` is the domain event without its
// `type`: the case, the instant and Kazakhstan day it happened (`at`, `on`), then the event's own fields. Objects
// strip unknown keys, so a field the domain adds stays internal until it is added here (as optional, within v1).
// Vocabularies the legal rules may extend (penalty kinds, clock names, circumstances) are kebab-case names, not
// enums, so a new value is not a breaking change; closed sets (roles, outcomes) are enums.

export const CASE_EVENT_TYPE_PATTERN = /^case\.[a-z-]+(\.[a-z-]+)*$/;
export type CaseEventType = `case.${string}`;

/** A value from a vocabulary the rules own and may extend: `reprimand`, `limitation-from-discovery`, ... */
const name = z.string().regex(/^[a-z][a-z0-9-]{0,99}$/, 'must be a kebab-case name');
const ref = entityId;
/** `<caseId>/<personRef>/<violationId>`, longer than one id. */
const penaltyId = z.string().min(1).max(1000);
const day = calendarDay;
const reason = z.string().max(10_000);
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

/** Data schema for a case event: the caseId every case event carries, plus its own fields. */
export const caseEventData = <TShape extends z.ZodRawShape>(shape: TShape) =>
  z.object({ caseId: entityId, ...shape });

/** A domain event's data: its case, instant and Kazakhstan calendar day, then its own fields. */
const domainEvent = <TShape extends z.ZodRawShape>(shape: TShape) =>
  caseEventData({ at: instant, on: day, ...shape });

const partyRole = z.enum(['applicant', 'subject', 'witness']);
const party = z.object({ personRef: ref, roles: z.array(partyRole) });
const violation = z.object({
  id: ref,
  description: reason,
  misconductType: z.string().max(200),
  gravity: name,
  committedOn: day,
  discoveredOn: day,
  subjectRefs: z.array(ref),
});
const allegation = z.object({
  id: ref,
  byRef: ref,
  againstRef: ref,
  kind: name,
  description: reason,
});
const evidenceItem = z.object({
  id: ref,
  kind: name,
  description: reason,
  allegationIds: z.array(ref),
  witnessRef: ref.optional(),
});
const evidenceBasisFlag = z.object({
  kind: z.literal('evidence-basis'),
  allegationId: ref,
  byRef: ref,
  againstRef: ref,
  citation: z.string(),
});
/** Why a clock ends when it does, step by step (start, term, pauses, extensions...); `kind` names the step. */
const clockReason = z.looseObject({ kind: name });
const clockAnswer = z.object({
  clock: name,
  dueOn: day,
  citation: z.string(),
  provisional: z.boolean(),
  why: z.array(clockReason),
});
const explanation = z.object({
  personRef: ref,
  kind: z.enum(['admission', 'denial', 'refusal']),
  documentRef: ref,
  recordedOn: day,
});
const absence = z.object({
  personRef: ref,
  kind: name,
  from: day,
  to: day,
  caseRelated: z.boolean().optional(),
});
const casePause = z.object({ pauseId: ref, cause: name, from: day, to: day.optional() });
const endedProceeding = z.object({ kind: name, endedOn: day });
const declaredInterest = z.object({ participantRef: ref, partyRef: ref, kind: name });
const extensionRequest = { requestedOn: day, workingDays: z.int(), reason };
const protectionActWindow = z.object({
  opensOn: day,
  initialClosesOn: day,
  closesOn: day,
  reminders: z.array(day),
  extensions: z.array(
    z.object({
      ...extensionRequest,
      granted: z.boolean(),
      decidedOn: day,
      decisionReason: reason,
      closesOn: day,
    }),
  ),
  pendingRequest: nullable(z.object(extensionRequest)),
});
/** One item of a Protection Act: its section decides the other fields (objection, verification request...). */
const protectionActItem = z.looseObject({ id: ref, section: name });
const protectionActVersion = z.object({
  version: z.int().min(1),
  filedAt: instant,
  filedOn: day,
  items: z.array(protectionActItem),
});
const itemAnswer = z.object({
  itemId: ref,
  decision: z.enum(['granted', 'partly-granted', 'refused', 'verification-performed']),
  reason,
  verification: reason.optional(),
  answeredBy: ref,
  answeredAt: instant,
  forVersion: z.int(),
});
const finding = z.object({
  personRef: ref,
  facts: z.enum(['established', 'partly-established', 'not-established']),
  statement: reason,
});
const penaltyDecision = z.object({ personRef: ref, violationId: ref, penalty: name });
const circumstances = z.object({ personRef: ref, mitigating: z.array(name), aggravating: z.array(name) });
const protectionActReferences = z.record(ref, z.array(ref));
const commissionOutcome = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('penalty'), penalty: name }),
  z.object({ kind: z.literal('end-proceedings') }),
]);
const subjectRecommendation = z.object({
  personRef: ref,
  participation: name,
  outcome: commissionOutcome,
  tally: z.object({
    outcome: commissionOutcome,
    counts: z.array(z.object({ choice: commissionOutcome, votes: z.int() })),
    present: z.int(),
    decidedByChair: z.boolean(),
  }),
});
/** The consistency review's summary and outcomes are the rules' own structures (distribution, suppression). */
const commissionMinutesEntry = z.object({
  personRef: ref,
  circumstances: z.array(z.object({ circumstance: name, effect: name, citation: z.string() })),
  repeatWhilePenaltyActive: z.boolean(),
  consistency: z.looseObject({
    personRef: ref,
    summary: z.looseObject({}),
    departureSteps: z.int(),
    beyondBand: z.boolean(),
    reason: nullable(reason),
  }),
});
const penaltyRecord = z.object({
  penaltyId,
  personRef: ref,
  violationId: ref,
  penalty: name,
  severity: name,
  imposedOn: day,
  expiresOn: day,
  earlyLiftingFrom: nullable(day),
  announcedOn: nullable(day),
  announcement: nullable(z.enum(['signed', 'refused'])),
  appealDueOn: nullable(day),
  status: name,
  endedOn: nullable(day),
});
const restorationPlan = z.object({
  personRef: ref,
  findingsNoticeOn: day,
  excludedFromRiskIndicators: z.literal(true),
  hrFollowUpOn: day,
  citation: z.string(),
});
const supportPlan = z.object({
  planId: ref,
  personRef: ref,
  trigger: z.looseObject({ kind: name }),
  startsOn: day,
  consent: z.object({ state: name, changedOn: nullable(day) }),
  checkIns: z.array(z.object({ index: z.int(), offsetDays: z.int(), dueOn: day, status: name })),
  citation: z.string(),
});
const appealRecord = z.object({
  appealId: ref,
  penaltyId,
  personRef: ref,
  to: z.enum(['higher-official', 'court']),
  filedOn: day,
  status: z.enum(['pending', 'upheld', 'cancelled']),
  decidedOn: nullable(day),
  reason: nullable(reason),
});
const signature = z.enum(['signed', 'refused']);
const justification = nullable(reason);

/** Domain events: what happened to a case, one entry per domain event type. */
export const caseDomainEventDefinitions = {
  'case.reported': defineEvent(
    1,
    domainEvent({
      source: z.enum(['report', 'notice-from-other-body']),
      parties: z.array(party),
      violations: z.array(violation),
      allegations: z.array(allegation),
      evidence: z.array(evidenceItem),
    }),
  ),
  'case.evidence-basis-flags-changed': defineEvent(1, domainEvent({ flags: z.array(evidenceBasisFlag) })),
  'case.explanations-requested': defineEvent(1, domainEvent({ dueOn: day, clock: clockAnswer })),
  'case.explanation-recorded': defineEvent(1, domainEvent({ explanation })),
  'case.allegation-recorded': defineEvent(1, domainEvent({ allegation })),
  'case.evidence-added': defineEvent(1, domainEvent({ item: evidenceItem })),
  'case.absence-recorded': defineEvent(1, domainEvent({ absence, investigationDueOn: nullable(day) })),
  'case.clock-pause-started': defineEvent(1, domainEvent({ pause: casePause })),
  'case.clock-pause-ended': defineEvent(
    1,
    domainEvent({ pauseId: ref, to: day, endedProceeding: nullable(endedProceeding) }),
  ),
  'case.interest-declared': defineEvent(1, domainEvent({ interest: declaredInterest })),
  'case.investigation-ordered': defineEvent(
    1,
    domainEvent({
      orderedBy: ref,
      investigatorRef: ref,
      dueOn: day,
      clock: clockAnswer,
      protectionActWindows: z.array(z.object({ personRef: ref, window: protectionActWindow })),
    }),
  ),
  'case.investigator-replaced': defineEvent(1, domainEvent({ investigatorRef: ref, reason })),
  'case.investigation-extended': defineEvent(
    1,
    domainEvent({ extension: z.object({ days: z.int(), reason }), dueOn: day }),
  ),
  'case.subject-suspended': defineEvent(
    1,
    domainEvent({ suspension: z.object({ personRef: ref, from: day, to: day, announcementDueOn: day }) }),
  ),
  /** art. 38: the suspension order was shown to the officer against signature (or the refusal recorded). */
  'case.suspension-announced': defineEvent(1, domainEvent({ personRef: ref, outcome: signature })),
  'case.polygraph-recorded': defineEvent(1, domainEvent({ personRef: ref })),
  'case.materials-handed-over': defineEvent(1, domainEvent({ body: reason, pause: casePause })),
  'case.protection-act-filed': defineEvent(1, domainEvent({ personRef: ref, version: protectionActVersion })),
  'case.protection-act-extension-requested': defineEvent(
    1,
    domainEvent({ personRef: ref, window: protectionActWindow }),
  ),
  'case.protection-act-extension-decided': defineEvent(
    1,
    domainEvent({ personRef: ref, window: protectionActWindow }),
  ),
  /** The window followed the subject's absence or a clock pause (the guaranteed preparation time is kept). */
  'case.protection-act-window-moved': defineEvent(
    1,
    domainEvent({ personRef: ref, window: protectionActWindow }),
  ),
  'case.protection-act-item-answered': defineEvent(1, domainEvent({ personRef: ref, answer: itemAnswer })),
  'case.conclusion-submitted': defineEvent(
    1,
    domainEvent({
      investigatorRef: ref,
      findings: z.array(finding),
      proposals: z.array(penaltyDecision),
      circumstances: z.array(circumstances),
      protectionActReferences,
      symmetricSanctionJustification: justification,
      evidenceBasisFlags: z.array(evidenceBasisFlag),
      approvalDueOn: day,
      endedProceeding,
    }),
  ),
  'case.conclusion-returned': defineEvent(1, domainEvent({ reason })),
  /** Who acts for the ordering head (their approval then counts as the ordering head's). */
  'case.acting-head-recorded': defineEvent(
    1,
    domainEvent({
      actingHead: z.object({ actingHeadRef: ref, forRef: ref, basis: reason, recordedOn: day }),
    }),
  ),
  'case.conclusion-approved': defineEvent(1, domainEvent({ approvedBy: ref, familiarizationDueOn: day })),
  'case.familiarization-recorded': defineEvent(1, domainEvent({ personRef: ref, outcome: signature })),
  'case.commission-session-scheduled': defineEvent(
    1,
    domainEvent({
      members: z.array(z.object({ personRef: ref, role: z.enum(['chair', 'secretary', 'member']) })),
      sessionOn: day,
      earliestSessionOn: day,
    }),
  ),
  'case.commission-session-held': defineEvent(
    1,
    domainEvent({
      presentRefs: z.array(ref),
      recommendations: z.array(subjectRecommendation),
      protectionActReferences,
      symmetricSanctionJustification: justification,
      /** Per person: the circumstances, a repeat offence, the consistency review against comparable cases. */
      minutes: z.array(commissionMinutesEntry).optional(),
    }),
  ),
  'case.order-issued': defineEvent(
    1,
    domainEvent({
      issuedBy: ref,
      basis: z.enum(['admission', 'investigation', 'collegium']),
      collegiumDecisionRef: nullable(ref),
      findings: z.array(finding),
      penalties: z.array(penaltyRecord),
      notPenalizedRefs: z.array(ref),
      symmetricSanctionJustification: justification,
      announcementDueOn: day,
    }),
  ),
  'case.proceedings-ended': defineEvent(
    1,
    domainEvent({ reason: z.string().max(200), statement: reason, findings: z.array(finding) }),
  ),
  'case.restoration-started': defineEvent(1, domainEvent({ plans: z.array(restorationPlan) })),
  'case.support-plans-offered': defineEvent(1, domainEvent({ plans: z.array(supportPlan) })),
  'case.witness-support-requested': defineEvent(1, domainEvent({ personRef: ref })),
  'case.order-announced': defineEvent(
    1,
    domainEvent({ personRef: ref, outcome: signature, appealDueOn: day }),
  ),
  'case.appeal-filed': defineEvent(1, domainEvent({ appeal: appealRecord })),
  'case.appeal-decided': defineEvent(
    1,
    domainEvent({ appealId: ref, outcome: z.enum(['upheld', 'cancelled']), reason }),
  ),
  'case.penalty-lifted-early': defineEvent(1, domainEvent({ penaltyId, reason })),
  'case.penalty-expired': defineEvent(1, domainEvent({ penaltyId })),
  /** art. 57 p.17: a new penalty within the term keeps this one in force until `expiresOn`. */
  'case.penalty-term-extended': defineEvent(
    1,
    domainEvent({ penaltyId, expiresOn: day, carriedBy: z.array(penaltyId) }),
  ),
  /** The case decides under another policy/calendar version from now on (an audited migration). */
  'case.decision-environment-migrated': defineEvent(
    1,
    domainEvent({ from: z.string().max(200).nullable(), to: z.string().max(200), reason, migratedBy: ref }),
  ),
  'case.closed': defineEvent(1, domainEvent({ reason: z.string().max(10_000) })),
  'case.procedure-deadline-missed': defineEvent(
    1,
    domainEvent({ clock: name, dueOn: day, citation: z.string() }),
  ),
};

/**
 * A deadline as the case workflow announces it: which clock, when it is due and why, and whom it concerns.
 * The appeal workflow's notices name the appeal instead of a due day.
 */
const deadlineNotice = {
  clock: name,
  dueOn: day.optional(),
  citation: z.string().optional(),
  why: z.array(clockReason).optional(),
  personRef: ref.nullish(),
  penaltyId: penaltyId.nullish(),
  violationId: ref.nullish(),
  appealId: ref.optional(),
  filedOn: day.optional(),
  decisionDays: z.int().optional(),
};

/** Workflow notices: announced by the workflows (reminders, escalations), they change no state. */
export const caseNoticeDefinitions = {
  'case.deadline-approaching': defineEvent(
    1,
    caseEventData({ ...deadlineNotice, workingDaysBefore: z.int().nullish() }),
  ),
  'case.deadline-passed': defineEvent(1, caseEventData({ ...deadlineNotice, escalateTo: ref.nullish() })),
  'case.protection-act-window-closed': defineEvent(
    1,
    caseEventData({ ...deadlineNotice, used: z.boolean() }),
  ),
  'case.appeal-decision-overdue': defineEvent(1, caseEventData(deadlineNotice)),
  /** The wall: the ordering head may learn that a concern was raised on the case, nothing more. */
  'case.support-concern-raised': defineEvent(1, caseEventData({}).strict()),
};

export type CaseEventDefinitions = Readonly<
  Record<CaseEventType, EventDefinition<z.ZodType<{ caseId: string }, { caseId: string }>>>
>;

/** Every case event type on the topic: the typed event map. */
export const caseEventDefinitions = {
  ...caseDomainEventDefinitions,
  ...caseNoticeDefinitions,
} satisfies CaseEventDefinitions;

export type CaseDomainEventType = keyof typeof caseDomainEventDefinitions;
export type CaseNoticeType = keyof typeof caseNoticeDefinitions;

/** The case-events topic over a set of case events; any other type is refused (closed). */
export const defineCaseEvents = <TEvents extends CaseEventDefinitions>(events: TEvents) =>
  defineTopic(TOPICS.caseEvents, events, { subjectField: 'caseId' });

/** Keyed by caseId: one case's events stay in order. */
export const caseEvents = defineCaseEvents(caseEventDefinitions);

/** The parsed `data` of a case event type, as consumers receive it. */
export type CaseEventDataOf<T extends keyof typeof caseEventDefinitions> = z.output<
  (typeof caseEventDefinitions)[T]['data']
>;
