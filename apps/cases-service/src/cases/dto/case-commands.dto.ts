import { createZodDto } from '@qorgau/service-kit';
import { z } from 'zod';

// Request bodies of the case routes. Each is checked here, so bad input never reaches the workflow or the
// decider; the decider still checks the legal rules (dates, stages, deadlines) and answers with DomainErrors.

const ref = z.string().min(1).max(200);
const id = z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, 'must be 1-100 letters, digits, . _ : -');
const text = z.string().trim().min(1).max(10_000);
const localDate = z.iso.date();

export const partySchema = z.object({
  personRef: ref,
  roles: z.array(z.enum(['applicant', 'subject', 'witness'])).min(1),
});

export const violationSchema = z.object({
  id,
  description: text,
  misconductType: z.string().min(1).max(200),
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
  z.object({ personRef: ref, kind: z.enum(['admission', 'denial', 'refusal']), documentRef: ref }),
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
  z.object({ appealId: id, penaltyId: id, to: z.enum(['higher-official', 'court']) }),
) {}

export class DecideAppealDto extends createZodDto(
  z.object({ outcome: z.enum(['upheld', 'cancelled']), reason: text }),
) {}

export class ReasonDto extends createZodDto(z.object({ reason: text })) {}

export class EmptyDto extends createZodDto(z.object({}).strict()) {}
