import { type CaseEventFacts } from './case-event';
import { type CaseRecipient, type CaseRole } from './case-roles';

export interface ProjectionChange {
  /** Roles whose holders are replaced (the investigator after a replacement). */
  readonly replaceRoles: readonly CaseRole[];
  readonly add: readonly CaseRecipient[];
}

const NONE: ProjectionChange = { replaceRoles: [], add: [] };
const PARTY_ROLES: ReadonlySet<string> = new Set(['applicant', 'subject', 'witness']);
const COMMISSION: Record<string, CaseRole> = {
  chair: 'commission-chair',
  secretary: 'commission-secretary',
  member: 'commission-member',
};

const plain = (personRef: string, role: CaseRole): CaseRecipient => ({ personRef, role, ref: '' });

/** How a case event changes who is who in the case (pure; the consumer applies it in the same transaction). */
export function projectCaseEvent(event: CaseEventFacts): ProjectionChange {
  switch (event.type) {
    case 'case.reported': {
      const { parties } = event.data;
      return {
        replaceRoles: [],
        add: parties.flatMap((p) =>
          p.roles.filter((r) => PARTY_ROLES.has(r)).map((r) => plain(p.personRef, r as CaseRole)),
        ),
      };
    }
    case 'case.investigation-ordered': {
      const data = event.data;
      return {
        replaceRoles: ['investigator'],
        add: [plain(data.orderedBy, 'head'), plain(data.investigatorRef, 'investigator')],
      };
    }
    case 'case.investigator-replaced': {
      const data = event.data;
      return { replaceRoles: ['investigator'], add: [plain(data.investigatorRef, 'investigator')] };
    }
    case 'case.conclusion-approved': {
      // The ordering head approves the conclusion (art. 58 p.5).
      const { approvedBy } = event.data;
      return { replaceRoles: [], add: [plain(approvedBy, 'head')] };
    }
    case 'case.commission-session-scheduled': {
      const { members } = event.data;
      return {
        replaceRoles: ['commission-chair', 'commission-secretary', 'commission-member'],
        add: members.map((m) => plain(m.personRef, COMMISSION[m.role] ?? 'commission-member')),
      };
    }
    case 'case.order-issued': {
      const data = event.data;
      return {
        replaceRoles: [],
        add: [
          plain(data.issuedBy, 'head'),
          ...data.penalties.map((p) => ({
            personRef: p.personRef,
            role: 'penalized' as const,
            ref: p.penaltyId,
          })),
        ],
      };
    }
    case 'case.appeal-filed': {
      const { appeal } = event.data;
      return {
        replaceRoles: [],
        add: [{ personRef: appeal.personRef, role: 'appellant', ref: appeal.appealId }],
      };
    }
    default:
      return NONE;
  }
}

/** The recipients after a change, for routing the same event (members learn of the session that named them). */
export function applyProjection(
  current: readonly CaseRecipient[],
  change: ProjectionChange,
): CaseRecipient[] {
  const kept = current.filter((r) => !change.replaceRoles.includes(r.role));
  const all = [...kept, ...change.add];
  const seen = new Set<string>();
  return all.filter((r) => {
    const key = `${r.personRef}|${r.role}|${r.ref}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
