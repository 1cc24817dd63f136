import { type CaseCommandType, type CaseState } from '@qorgau/domain';
import { type Principal, type Role } from '@qorgau/service-kit';
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

/** The relations that may issue each command; a command missing here is refused to everyone. */
export const COMMAND_RELATIONS: Partial<Record<CaseCommandType, readonly CaseRelation[]>> = {
  RequestExplanations: ['unit-head'],
  RecordExplanation: ['unit-head', 'assigned-investigator', 'subject'],
  OrderInvestigation: ['unit-head'],
  AddEvidence: ['unit-head', 'assigned-investigator'],
  RequestProtectionActExtension: ['subject'],
  DecideProtectionActExtension: ['unit-head'],
  RecordActingHead: ['unit-head'],
  ApproveConclusion: ['unit-head'],
  RecordFamiliarization: ['unit-head', 'assigned-investigator'],
  RecordOrderAnnouncement: ['unit-head'],
  FileAppeal: ['subject'],
  DecideAppeal: ['appeal-official'],
  LiftPenaltyEarly: ['unit-head'],
  FileProtectionAct: ['subject'],
  AnswerProtectionActItem: ['assigned-investigator'],
  SubmitConclusion: ['assigned-investigator'],
  ReturnConclusion: ['unit-head'],
  ScheduleCommissionSession: ['unit-head'],
  HoldCommissionSession: ['commission-on-agenda'],
  IssueOrder: ['unit-head'],
  EndProceedings: ['unit-head'],
  RecordAbsence: ['unit-head'],
  SuspendFromDuty: ['unit-head'],
  RecordSuspensionAnnouncement: ['unit-head'],
  DeclareInterest: ['unit-head', 'assigned-investigator', 'commission-on-agenda'],
  StartClockPause: ['unit-head'],
  EndClockPause: ['unit-head'],
  RecordAllegation: ['unit-head', 'assigned-investigator'],
  ReplaceInvestigator: ['unit-head'],
  ExtendInvestigation: ['unit-head'],
  RecordPolygraph: ['assigned-investigator', 'party'],
  HandOverToCompetentBody: ['unit-head'],
  RequestWitnessSupport: ['unit-head', 'party'],
  MigrateDecisionEnvironment: ['unit-head'],
};

/**
 * Relations that act only for themselves: a command naming a person (`personRef`) must name the caller. A subject
 * explains, files and asks for time only for themself; an investigator or commission member declares only their
 * own interest (the head records anyone's); a party consents to a polygraph and asks for witness support only
 * for themself (the investigator records anyone's consent, the head asks support for any witness).
 */
const SELF_ONLY: Partial<Record<CaseCommandType, readonly CaseRelation[]>> = {
  RecordExplanation: ['subject'],
  RequestProtectionActExtension: ['subject'],
  FileProtectionAct: ['subject'],
  DeclareInterest: ['assigned-investigator', 'commission-on-agenda'],
  RecordPolygraph: ['party'],
  RequestWitnessSupport: ['party'],
};

export function canCommand(
  principal: Principal,
  scope: CaseScope,
  command: { readonly type: CaseCommandType; readonly personRef?: string },
): boolean {
  const allowed = COMMAND_RELATIONS[command.type] ?? [];
  const relations = relationsOf(principal, scope);
  return allowed.some((relation) => {
    if (!relations.has(relation)) return false;
    if (SELF_ONLY[command.type]?.includes(relation)) return command.personRef === principal.personRef;
    return true;
  });
}

/** Registering a report: the head of the unit it is registered in. */
export const canRegister = (principal: Principal, unitId: string): boolean =>
  principal.roles.includes('head') && principal.unitId === unitId;
