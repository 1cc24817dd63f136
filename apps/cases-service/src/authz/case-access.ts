import { type CaseCommandType, type CaseState } from '@qorgau/domain';
import { type Principal, type Role } from '@qorgau/service-kit';
import { declarationOf } from '../commands/case-command.registry';
import { isAddressedTo } from './appeal-addressee';

/** How a person is tied to one case; access follows from role *and* relation, never from a role alone. */
export type CaseRelation =
  | 'party'
  | 'subject'
  | 'assigned-investigator'
  | 'unit-head'
  | 'commission-on-agenda'
  | 'appeal-official';

/** What the service knows about a case beyond its domain state: the unit it was registered in. */
export interface CaseScope {
  readonly state: CaseState;
  readonly unitId: string;
}

const COMMISSION_ROLES: readonly Role[] = ['commission-member', 'commission-chair', 'commission-secretary'];

/** Every relation the caller has to the case, each backed by the matching role. */
export function relationsOf(principal: Principal, { state, unitId }: CaseScope): Set<CaseRelation> {
  const has = (role: Role) => principal.roles.includes(role);
  const me = principal.personRef;
  const relations = new Set<CaseRelation>();
  const party = state.parties.find((p) => p.personRef === me);
  if (has('officer') && party) {
    relations.add('party');
    if (party.roles.includes('subject')) relations.add('subject');
  }
  if (has('investigator') && state.investigation?.investigatorRef === me)
    relations.add('assigned-investigator');
  if (has('head') && principal.unitId === unitId) relations.add('unit-head');
  if (COMMISSION_ROLES.some(has) && state.commission?.members.some((m) => m.personRef === me)) {
    relations.add('commission-on-agenda');
  }
  // Only the official an appeal is addressed to and those above them (appeals filed before addressees were
  // recorded name nobody: any higher official, as then).
  if (
    has('higher-official') &&
    state.appeals.some(
      (a) =>
        a.to === 'higher-official' && (a.addressee === undefined || isAddressedTo(a.addressee, principal)),
    )
  ) {
    relations.add('appeal-official');
  }
  return relations;
}

/**
 * Who may read a case's content (projection, timeline, deadlines, tasks). Wellbeing staff, HR inspectors and
 * IT admins never do: the wall. Auditors read everything, and every read is in the audit log.
 */
export function canReadCase(principal: Principal, scope: CaseScope): boolean {
  if (principal.roles.includes('auditor')) return true;
  return relationsOf(principal, scope).size > 0;
}

/**
 * Who may send a command is declared with the command (commands/case-command.registry.ts: `sentBy`,
 * `onlyForThemselves`): a relation that acts only for themselves must be the person the command names. A command
 * the registry does not offer is refused to everyone.
 */
export function canCommand(
  principal: Principal,
  scope: CaseScope,
  command: { readonly type: CaseCommandType; readonly personRef?: string },
): boolean {
  const declaration = declarationOf(command.type);
  const relations = relationsOf(principal, scope);
  return (declaration?.sentBy ?? []).some((relation) => {
    if (!relations.has(relation)) return false;
    if (declaration?.onlyForThemselves?.includes(relation)) return command.personRef === principal.personRef;
    return true;
  });
}

/** Registering a report: the head of the unit it is registered in. */
export const canRegister = (principal: Principal, unitId: string): boolean =>
  principal.roles.includes('head') && principal.unitId === unitId;
