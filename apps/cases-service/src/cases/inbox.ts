import {
  subjectRefsOf,
  type CaseStage,
  type CaseState,
  type CommissionRole,
  type LocalDate,
} from '@qorgau/domain';
import { type Principal, type Role } from '@qorgau/service-kit';
import { openTasks, type OpenTask, type TaskRole } from '@qorgau/workflows';
import { relationsOf, type CaseRelation } from '../authz/case-access';

/** One case of the projection (`cases.case`) with the unit it was registered in. */
export interface InboxCase {
  readonly caseId: string;
  readonly unitId: string;
  readonly version: number;
  readonly state: CaseState;
  /** When the case was registered: where a compressed case clock (QORGAU_TIME_SCALE) meets real time. */
  readonly registeredAt: Date;
}

export interface InboxTask extends OpenTask {
  readonly caseId: string;
  readonly stage: CaseStage;
  /** The case version the task was computed on: send it as `If-Match` with the command. */
  readonly version: number;
}

export interface AgendaEntry {
  readonly caseId: string;
  readonly sessionOn: LocalDate;
  readonly notifiedOn: LocalDate;
  /** The caller's seat on that commission. */
  readonly seat: CommissionRole;
  readonly subjectRefs: readonly string[];
  readonly version: number;
}

/** Whose tasks each role's are: a task is the caller's only through the matching relation to its case. */
const RELATION_FOR: Record<TaskRole, CaseRelation> = {
  head: 'unit-head',
  investigator: 'assigned-investigator',
  subject: 'subject',
  commission: 'commission-on-agenda',
  'higher-official': 'appeal-official',
};

/** The roles that can have tasks (and an inbox). Auditors, wellbeing staff, HR and admins have none. */
export const INBOX_ROLES: Role[] = [
  'officer',
  'investigator',
  'head',
  'commission-member',
  'commission-chair',
  'commission-secretary',
  'higher-official',
];
export const AGENDA_ROLES: Role[] = ['commission-member', 'commission-chair', 'commission-secretary'];

/**
 * The caller's open tasks across cases (pure): packages/workflows' `openTasks` over each case's projected state,
 * kept when the caller has the task role's relation to the case and the task names nobody else.
 */
export function inboxTasks(
  principal: Principal,
  cases: readonly InboxCase[],
  todayOf: (c: InboxCase) => LocalDate,
): InboxTask[] {
  const out: InboxTask[] = [];
  for (const c of cases) {
    const relations = relationsOf(principal, { state: c.state, unitId: c.unitId });
    if (relations.size === 0) continue;
    for (const task of openTasks(c.state, todayOf(c))) {
      if (!relations.has(RELATION_FOR[task.role])) continue;
      if (task.assigneeRef !== null && task.assigneeRef !== principal.personRef) continue;
      out.push({ caseId: c.caseId, stage: c.state.stage, version: c.version, ...task });
    }
  }
  return out;
}

/** The commission sessions scheduled and not yet held that the caller sits on, soonest first (pure). */
export function commissionAgenda(principal: Principal, cases: readonly InboxCase[]): AgendaEntry[] {
  const out: AgendaEntry[] = [];
  for (const c of cases) {
    const commission = c.state.commission;
    if (!commission || commission.heldOn !== null) continue;
    if (!relationsOf(principal, { state: c.state, unitId: c.unitId }).has('commission-on-agenda')) continue;
    const seat = commission.members.find((m) => m.personRef === principal.personRef);
    if (!seat) continue;
    out.push({
      caseId: c.caseId,
      sessionOn: commission.sessionOn,
      notifiedOn: commission.notifiedOn,
      seat: seat.role,
      subjectRefs: subjectRefsOf(c.state),
      version: c.version,
    });
  }
  return out.sort((a, b) => a.sessionOn.localeCompare(b.sessionOn) || a.caseId.localeCompare(b.caseId));
}
