import { domainError, type DomainError } from '../errors/domain-error';
import { penaltyStep, type PenaltyKind } from './ladder';

/** art. 57 p.4: penalties 4, 5, 7, 8, 9 need an investigation and a commission recommendation. */
export const requiresInvestigationAndCommission = (kind: PenaltyKind): boolean =>
  [4, 5, 7, 8, 9].includes(penaltyStep(kind));

/** art. 57 p.4: the collegium exception covers only a warning (4) or a removal from post (5). */
export const collegiumExceptionCovers = (kind: PenaltyKind): boolean => [4, 5].includes(penaltyStep(kind));

/** How the decision to impose a penalty was reached. */
export type ImpositionBasis =
  /** The employee admitted in writing; no investigation (art. 57 p.3). */
  | { readonly kind: 'admission' }
  /** After an internal investigation (art. 58), with or without a commission. */
  | { readonly kind: 'investigation'; readonly commissionRecommended: PenaltyKind | 'end-proceedings' | null }
  /** A collegium decision (art. 57 p.4 exception). */
  | {
      readonly kind: 'collegium';
      readonly decisionRef: string;
      readonly writtenAdmission: boolean;
      readonly factsFullyEstablished: boolean;
    };

/** Checks that a penalty went through the procedure its step demands (art. 57 p.3-4). */
export function checkPenaltyProcedure(
  decision: { readonly personRef: string; readonly penalty: PenaltyKind },
  basis: ImpositionBasis,
  writtenAdmission: boolean,
): DomainError | undefined {
  const kind = decision.penalty;
  const params = { penalty: kind, person: decision.personRef };
  switch (basis.kind) {
    case 'admission':
      if (!writtenAdmission) return domainError('ADMISSION_REQUIRED', params);
      return requiresInvestigationAndCommission(kind)
        ? domainError('INVESTIGATION_REQUIRED', params)
        : undefined;
    case 'collegium':
      return collegiumExceptionCovers(kind) && basis.writtenAdmission && basis.factsFullyEstablished
        ? undefined
        : domainError('COLLEGIUM_EXCEPTION_NOT_APPLICABLE', params);
    case 'investigation':
      return requiresInvestigationAndCommission(kind) && basis.commissionRecommended === null
        ? domainError('COMMISSION_RECOMMENDATION_REQUIRED', params)
        : undefined;
  }
}
