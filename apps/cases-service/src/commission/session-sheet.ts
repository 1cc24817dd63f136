import {
  checkRecusal,
  commissionNoticeClock,
  isBefore,
  quorumRequired,
  summarizeComparablePenalties,
  typicalOutcome,
  type CaseState,
  type CommissionRecord,
  type ConsistencyOutcome,
  type ConsistencySummary,
  type LocalDate,
  type WorkingCalendar,
} from '@qorgau/domain';

/** One seat of the commission as the session screen shows it: a declared interest or being a party recuses. */
export interface SheetMember {
  readonly personRef: string;
  readonly role: 'chair' | 'secretary' | 'member';
  /** Why this member may not sit (art. 58 p.2), or null. */
  readonly recusal: { readonly interest: string } | null;
}

/** The comparable-cases panel for one subject: anonymized counts only (suppressed below the minimum cohort). */
export interface SheetComparable extends ConsistencySummary {
  readonly personRef: string;
  readonly typical: ConsistencyOutcome | null;
}

export interface SessionSheet {
  readonly caseId: string;
  readonly version: number;
  readonly sessionOn: LocalDate;
  readonly notifiedOn: LocalDate;
  readonly heldOn: LocalDate | null;
  readonly members: readonly SheetMember[];
  /** art. 58-1: the composition's size and the members who must be present (⌈2n/3⌉). */
  readonly quorum: { readonly size: number; readonly required: number; readonly citation: 'art. 58-1' };
  /**
   * art. 58-1: the earliest lawful session day after the employee's notice, and whether the scheduled day
   * keeps it; null when the service does not hold the case's calendar (no guess is shown).
   */
  readonly notice: {
    readonly workingDays: number;
    readonly earliestSessionOn: LocalDate;
    readonly kept: boolean;
    readonly citation: 'art. 58-1';
  } | null;
  readonly comparable: readonly SheetComparable[];
}

/**
 * The commission's session screen (pure): every rule comes from packages/domain (quorum, notice, recusal,
 * the anonymized comparable-cases summary), so the web shows them and never recomputes one.
 */
export function sessionSheet(input: {
  caseId: string;
  version: number;
  state: CaseState;
  calendar: WorkingCalendar | undefined;
  noticeWorkingDays: number;
  minimumCohort: number;
  record: CommissionRecord;
}): SessionSheet | undefined {
  const { state } = input;
  const commission = state.commission;
  if (!commission) return undefined;
  const members = commission.members.map((m) => {
    const refused = checkRecusal(
      [{ personRef: m.personRef, capacity: 'commission-member' }],
      state.parties,
      state.interests,
    );
    const interest = refused?.params?.['interest'];
    return {
      personRef: m.personRef,
      role: m.role,
      recusal: refused ? { interest: typeof interest === 'string' ? interest : 'other' } : null,
    };
  });
  const notice =
    input.calendar &&
    commissionNoticeClock(input.calendar, commission.notifiedOn, input.noticeWorkingDays).dueOn;
  const subjects = [...new Set(state.violations.flatMap((v) => v.subjectRefs))];
  return {
    caseId: input.caseId,
    version: input.version,
    sessionOn: commission.sessionOn,
    notifiedOn: commission.notifiedOn,
    heldOn: commission.heldOn,
    members,
    quorum: { size: members.length, required: quorumRequired(members.length), citation: 'art. 58-1' },
    notice: notice
      ? {
          workingDays: input.noticeWorkingDays,
          earliestSessionOn: notice,
          kept: !isBefore(commission.sessionOn, notice),
          citation: 'art. 58-1',
        }
      : null,
    comparable: subjects.map((personRef) => {
      const misconductType =
        state.violations.find((v) => v.subjectRefs.includes(personRef))?.misconductType ?? '';
      const summary = summarizeComparablePenalties(
        input.record.comparableCases,
        misconductType,
        input.minimumCohort,
        input.caseId,
      );
      return { personRef, ...summary, typical: typicalOutcome(summary) };
    }),
  };
}
