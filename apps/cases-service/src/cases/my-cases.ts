import { caseViewFor, type CaseStage, type CaseViewerRelation, type PartyRole } from '@qorgau/domain';
import { type Principal } from '@qorgau/service-kit';
import { caseViewerOf } from './case-viewer';
import { type InboxCase } from './inbox';

export interface MyCase {
  readonly caseId: string;
  readonly registeredAt: string;
  readonly reportedOn: string | null;
  readonly stage: CaseStage | null;
  readonly closedOn: string | null;
  /** How the caller is tied to the case (art. 42 view rules follow from these). */
  readonly relations: readonly CaseViewerRelation[];
  /** The caller's own roles as a party (subject, applicant, witness); empty for case workers. */
  readonly partyRoles: readonly PartyRole[];
  /** The case's ETag: send it as If-Match with a step. */
  readonly version: number;
}

/**
 * The caller's cases (pure): those they have a relation to, each reduced to the frame the reader's view
 * (`caseViewFor`) grants — an auditor's read-everything right does not make every case theirs.
 */
export function myCases(principal: Principal, cases: readonly InboxCase[]): MyCase[] {
  return cases.flatMap((c) => {
    const viewer = caseViewerOf(principal, { state: c.state, unitId: c.unitId });
    const relations = viewer.relations.filter((r) => r !== 'auditor');
    if (relations.length === 0) return [];
    const view = caseViewFor(c.state, { ...viewer, relations });
    const party = view.parties?.find((p) => p.personRef === principal.personRef);
    return [
      {
        caseId: c.caseId,
        registeredAt: c.registeredAt.toISOString(),
        reportedOn: view.reportedOn ?? null,
        stage: view.stage ?? null,
        closedOn: view.closedOn ?? null,
        relations,
        partyRoles: party ? [...party.roles] : [],
        version: c.version,
      },
    ];
  });
}
