import { hasRole, type Party } from './parties';

export type AllegationKind = 'physical-harm' | 'verbal-abuse' | 'other';
export const ALLEGATION_KINDS: readonly AllegationKind[] = ['physical-harm', 'verbal-abuse', 'other'];

export interface Allegation {
  readonly id: string;
  readonly byRef: string;
  readonly againstRef: string;
  readonly kind: AllegationKind;
  readonly description: string;
}

export type EvidenceKind =
  | 'recording'
  | 'documented-injury'
  | 'medical-report'
  | 'witness-statement'
  | 'party-statement'
  | 'document'
  | 'other';
export const EVIDENCE_KINDS: readonly EvidenceKind[] = [
  'recording',
  'documented-injury',
  'medical-report',
  'witness-statement',
  'party-statement',
  'document',
  'other',
];

export interface EvidenceItem {
  readonly id: string;
  readonly kind: EvidenceKind;
  readonly description: string;
  /** Allegations this item bears on. */
  readonly allegationIds: readonly string[];
  /** For witness statements: who gave it. */
  readonly witnessRef?: string;
}

export const EVIDENCE_BASIS_CITATION =
  'fairness guard: evidence basis (art. 58 p.1, p.5: facts must be established)';

export interface EvidenceBasisFlag {
  readonly kind: 'evidence-basis';
  readonly allegationId: string;
  readonly byRef: string;
  readonly againstRef: string;
  readonly citation: string;
}

/** A witness is independent when they are neither applicant nor subject and not the people the allegation is about. */
export const isIndependentWitness = (
  parties: readonly Party[],
  allegation: Allegation,
  witnessRef: string,
): boolean =>
  witnessRef !== allegation.byRef &&
  witnessRef !== allegation.againstRef &&
  !hasRole(parties, witnessRef, 'applicant') &&
  !hasRole(parties, witnessRef, 'subject');

/** Objective evidence: a recording, a documented injury, a medical report, or an independent witness. */
export function isObjectiveEvidence(
  parties: readonly Party[],
  allegation: Allegation,
  item: EvidenceItem,
): boolean {
  if (!item.allegationIds.includes(allegation.id)) return false;
  if (item.kind === 'recording' || item.kind === 'documented-injury' || item.kind === 'medical-report')
    return true;
  return (
    item.kind === 'witness-statement' &&
    item.witnessRef !== undefined &&
    isIndependentWitness(parties, allegation, item.witnessRef)
  );
}

/** Every physical-harm allegation with no objective evidence, flagged to the investigator and the commission. */
export function evidenceBasisFlags(
  allegations: readonly Allegation[],
  evidence: readonly EvidenceItem[],
  parties: readonly Party[],
): EvidenceBasisFlag[] {
  return allegations
    .filter((a) => a.kind === 'physical-harm' && !evidence.some((e) => isObjectiveEvidence(parties, a, e)))
    .map((a) => ({
      kind: 'evidence-basis',
      allegationId: a.id,
      byRef: a.byRef,
      againstRef: a.againstRef,
      citation: EVIDENCE_BASIS_CITATION,
    }));
}
