import { type CaseViewer, type CaseViewerRelation } from '@qorgau/domain';
import { type Principal } from '@qorgau/service-kit';
import { relationsOf, type CaseScope } from '../authz/case-access';

/**
 * The reader of a case as the domain's view rules know them (`caseViewFor`, `caseEventViewFor`): every relation
 * they hold to the case, and `auditor` for an auditor (who reads everything; every read is audited).
 */
export function caseViewerOf(principal: Principal, scope: CaseScope): CaseViewer {
  const relations: CaseViewerRelation[] = [...relationsOf(principal, scope)];
  if (principal.roles.includes('auditor')) relations.push('auditor');
  return { personRef: principal.personRef, relations };
}
