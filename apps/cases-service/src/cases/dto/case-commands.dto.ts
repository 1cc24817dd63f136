import {
  AGGRAVATING_CIRCUMSTANCES,
  MITIGATING_CIRCUMSTANCES,
  PENALTY_LADDER,
  VERIFICATION_ACTIONS,
} from '@qorgau/domain';
import { caseDay, identifier, label } from '@qorgau/contracts';
import { createZodDto } from '@qorgau/service-kit';
import { z } from 'zod';

// Request bodies of the case routes. Each is checked here, so bad input never reaches the workflow or the
// decider; the decider still checks the legal rules (dates, stages, deadlines) and answers with DomainErrors.
// Formats come from @qorgau/contracts (identifiers.ts): a person reference is an identifier and must also be
// in the directory (cases.officer; checked by the command service, 422 UNKNOWN_REFERENCE naming the field).

/** A person: an identifier of the directory (`officer-a`, `inv-1`). */
const ref = identifier;
/** Anything else the case names by id: allegations, evidence, documents, items, appeals, pauses. */
const id = identifier;
/** A citation, a procedural step, a file name, a media type: a short label, any script. */
const name = label;
const text = z.string().trim().min(1).max(10_000);
/** A penalty's id as the domain forms it: `<caseId>/<personRef>/<violationId>`. */
const penaltyId = z.string().regex(/^[A-Za-z0-9._:/-]{1,300}$/, 'must be 1-300 letters, digits, . _ : / -');
/** A calendar day within the years a case may concern (2000-2099). */
const localDate = caseDay;

export const partySchema = z.object({
  personRef: ref,
  roles: z.array(z.enum(['applicant', 'subject', 'witness'])).min(1),
});

export const violationSchema = z.object({
  id,
  description: text,
  misconductType: name,
  gravity: z.enum(['ordinary', 'gross', 'discrediting', 'ethics']),
  committedOn: localDate,
  discoveredOn: localDate,
  subjectRefs: z.array(ref).min(1),
});

export const allegationSchema = z.object({
  id,
  byRef: ref,
  againstRef: ref,
  kind: z.enum(['physical-harm', 'verbal-abuse', 'other']),
  description: text,
});

export const evidenceItemSchema = z.object({
  id,
  kind: z.enum([
    'recording',
    'documented-injury',
    'medical-report',
    'witness-statement',
    'party-statement',
    'document',
    'other',
  ]),
  description: text,
  allegationIds: z.array(id).default([]),
  witnessRef: ref.optional(),
});

export const reportCaseSchema = z
  .object({
    source: z.enum(['report', 'notice-from-other-body']),
    parties: z.array(partySchema).min(1).max(100),
    violations: z.array(violationSchema).min(1).max(50),
    allegations: z.array(allegationSchema).max(100).optional(),
    evidence: z.array(evidenceItemSchema).max(500).optional(),
  })
  .refine((report) => report.parties.some((p) => p.roles.includes('subject')), {
    path: ['parties'],
    message: 'at least one party must be a subject',
  });
export class ReportCaseDto extends createZodDto(reportCaseSchema) {}

export class RecordExplanationDto extends createZodDto(
  z.object({ personRef: ref, kind: z.enum(['admission', 'denial', 'refusal']), documentRef: id }),
) {}

export class OrderInvestigationDto extends createZodDto(z.object({ investigatorRef: ref })) {}

export class AddEvidenceDto extends createZodDto(evidenceItemSchema) {}

export class RequestProtectionActExtensionDto extends createZodDto(
  z.object({ workingDays: z.int().min(1).max(30), reason: text }),
) {}

export class DecideProtectionActExtensionDto extends createZodDto(
  z.object({ granted: z.boolean(), reason: text }),
) {}

export class RecordSignatureDto extends createZodDto(
  z.object({ personRef: ref, outcome: z.enum(['signed', 'refused']) }),
) {}

export class FileAppealDto extends createZodDto(
  z.object({
    appealId: id,
    penaltyId,
    to: z.enum(['higher-official', 'court']),
    /** The higher official addressed; default: the one of the nearest unit above the case's unit. */
    addresseeRef: ref.optional(),
  }),
) {}

export class RecordActingHeadDto extends createZodDto(z.object({ actingHeadRef: ref, basis: text })) {}

export class DecideAppealDto extends createZodDto(
  z.object({ outcome: z.enum(['upheld', 'cancelled']), reason: text }),
) {}

export class ReasonDto extends createZodDto(z.object({ reason: text })) {}

/** No body (or `{}`); any property is refused by name (`never`), so the problem names the field. */
export class EmptyDto extends createZodDto(z.record(z.string(), z.never())) {}

// ---- Protection Act, conclusion, commission, order (issue 5, second half) ----

const hash = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be sha256: followed by 64 lowercase hex digits');

export const protectionActItemSchema = z.discriminatedUnion('section', [
  z.object({ id, section: z.literal('objections'), materialRef: id, text }),
  z.object({ id, section: z.literal('procedural-violations'), rule: name, step: name, text }),
  z.object({
    id,
    section: z.literal('verification-requests'),
    action: z.enum(VERIFICATION_ACTIONS),
    target: name,
    text,
  }),
  z.object({ id, section: z.literal('questionable-evidence'), evidenceRef: id, reason: text }),
  z.object({
    id,
    section: z.literal('legal-justification'),
    citations: z.array(name).min(1).max(50),
    text,
  }),
  z.object({
    id,
    section: z.literal('protection-evidence'),
    attachments: z
      .array(z.object({ name, contentHash: hash, mediaType: name.optional() }))
      .min(1)
      .max(50),
    text,
  }),
]);

/** A filing or an amendment: every filing is a new version of the subject's Protection Act. */
export const fileProtectionActSchema = z.object({ items: z.array(protectionActItemSchema).min(1).max(200) });
export class FileProtectionActDto extends createZodDto(fileProtectionActSchema) {}

export const answerProtectionActItemSchema = z.object({
  decision: z.enum(['granted', 'partly-granted', 'refused', 'verification-performed']),
  reason: text,
  verification: text.optional(),
});
export class AnswerProtectionActItemDto extends createZodDto(answerProtectionActItemSchema) {}

const findingSchema = z.object({
  personRef: ref,
  facts: z.enum(['established', 'partly-established', 'not-established']),
  statement: text,
});
const penaltySchema = z.object({ personRef: ref, violationId: id, penalty: z.enum(PENALTY_LADDER) });
const circumstancesSchema = z.object({
  personRef: ref,
  mitigating: z.array(z.enum(MITIGATING_CIRCUMSTANCES)).max(10),
  aggravating: z.array(z.enum(AGGRAVATING_CIRCUMSTANCES)).max(10),
});
/** For each subject, the Protection Act items the decision answers (ids); every item must be referenced. */
const protectionActReferences = z.record(ref, z.array(id).max(200));
const justification = text.optional();

export const submitConclusionSchema = z.object({
  findings: z.array(findingSchema).min(1).max(100),
  proposals: z.array(penaltySchema).max(100),
  circumstances: z.array(circumstancesSchema).max(100),
  protectionActReferences,
  symmetricSanctionJustification: justification,
});
export class SubmitConclusionDto extends createZodDto(submitConclusionSchema) {}

export const scheduleCommissionSessionSchema = z.object({
  members: z
    .array(z.object({ personRef: ref, role: z.enum(['chair', 'secretary', 'member']) }))
    .min(1)
    .max(50),
  sessionOn: localDate,
});
export class ScheduleCommissionSessionDto extends createZodDto(scheduleCommissionSessionSchema) {}

const outcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('penalty'), penalty: z.enum(PENALTY_LADDER) }),
  z.object({ kind: z.literal('end-proceedings') }),
]);
/** The minutes of a sitting: who was present, how each subject took part, the open vote on each. */
export const holdCommissionSessionSchema = z.object({
  presentRefs: z.array(ref).min(1).max(50),
  considerations: z
    .array(
      z.object({
        personRef: ref,
        participation: z.enum([
          'in-person',
          'video',
          'unexcused-no-show',
          'written-refusal',
          'excused-absence',
        ]),
        votes: z.array(z.object({ memberRef: ref, choice: outcomeSchema })).max(50),
      }),
    )
    .min(1)
    .max(100),
  protectionActReferences,
  symmetricSanctionJustification: justification,
  /** Per person: why the outcome departs from comparable cases beyond the policy's band (in the minutes). */
  consistencyReasons: z.record(ref, text).optional(),
});
export class HoldCommissionSessionDto extends createZodDto(holdCommissionSessionSchema) {}

export const issueOrderSchema = z.object({
  basis: z.enum(['admission', 'investigation', 'collegium']),
  penalties: z.array(penaltySchema).min(1).max(100),
  findings: z.array(findingSchema).min(1).max(100).optional(),
  collegium: z.object({ decisionRef: id, factsFullyEstablished: z.boolean() }).optional(),
  symmetricSanctionJustification: justification,
});
export class IssueOrderDto extends createZodDto(issueOrderSchema) {}

export const endProceedingsSchema = z.object({
  reason: z.enum(['not-sustained', 'limitation-expired', 'commission-recommended-end', 'other']),
  statement: text,
  findings: z.array(findingSchema).min(1).max(100).optional(),
});
export class EndProceedingsDto extends createZodDto(endProceedingsSchema) {}

export const recordAbsenceSchema = z.object({
  personRef: ref,
  kind: z.enum(['sick-leave', 'vacation', 'business-trip', 'medical-treatment', 'other-valid-absence']),
  from: localDate,
  to: localDate,
  caseRelated: z.boolean().optional(),
});
export class RecordAbsenceDto extends createZodDto(recordAbsenceSchema) {}

export const suspendFromDutySchema = z.object({ personRef: ref, until: localDate });
export class SuspendFromDutyDto extends createZodDto(suspendFromDutySchema) {}

export const declareInterestSchema = z.object({
  participantRef: ref,
  partyRef: ref,
  kind: z.enum(['relative', 'line-manager', 'subordinate', 'personal-interest', 'other']),
});
export class DeclareInterestDto extends createZodDto(declareInterestSchema) {}

export const startClockPauseSchema = z.object({
  pauseId: id,
  cause: z.enum(['appeal', 'expertise', 'pre-trial-investigation']),
});
export class StartClockPauseDto extends createZodDto(startClockPauseSchema) {}

// ---- the remaining steps: allegations, the investigator, the term, the polygraph, hand-over, witness support ----

export class RecordAllegationDto extends createZodDto(allegationSchema) {}

export const replaceInvestigatorSchema = z.object({ investigatorRef: ref, reason: text });
export class ReplaceInvestigatorDto extends createZodDto(replaceInvestigatorSchema) {}

/** The days to add; the policy's limits (how many extensions, how long) are the decider's. */
export const extendInvestigationSchema = z.object({ days: z.int().min(1).max(365), reason: text });
export class ExtendInvestigationDto extends createZodDto(extendInvestigationSchema) {}

/** A polygraph examination only with the person's consent (the decider refuses `consent: false`). */
export const recordPolygraphSchema = z.object({ personRef: ref, consent: z.boolean() });
export class RecordPolygraphDto extends createZodDto(recordPolygraphSchema) {}

/** Materials handed over to the competent body (pre-trial investigation): pauses the clocks under `pauseId`. */
export const handOverSchema = z.object({ body: text.max(500), pauseId: id });
export class HandOverToCompetentBodyDto extends createZodDto(handOverSchema) {}

export const requestWitnessSupportSchema = z.object({ personRef: ref });
export class RequestWitnessSupportDto extends createZodDto(requestWitnessSupportSchema) {}
