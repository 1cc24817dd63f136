import fc from 'fast-check';
import { kazakhstanCalendar } from '../calendar/kz-calendar';
import { checkMembership, MIN_COMMISSION_SIZE, type CommissionMember } from './membership';
import { checkNotice, commissionNoticeClock } from './notice';
import { checkParticipation, type EmployeeParticipation } from './participation';
import { checkQuorum, hasQuorum, quorumRequired } from './quorum';
import { evaluateCommissionSession } from './session';
import { isCommissionOutcome, tallyVotes, type CommissionOutcome, type CommissionVote } from './vote';

const members = (n: number): CommissionMember[] =>
  Array.from({ length: n }, (_, i) => ({
    personRef: `m${i + 1}`,
    role: i === 0 ? 'chair' : i === 1 ? 'secretary' : 'member',
  }));
const reprimand: CommissionOutcome = { kind: 'penalty', penalty: 'reprimand' };
const remark: CommissionOutcome = { kind: 'penalty', penalty: 'remark' };
const end: CommissionOutcome = { kind: 'end-proceedings' };
const votes = (choices: CommissionOutcome[]): CommissionVote[] =>
  choices.map((choice, i) => ({ memberRef: `m${i + 1}`, choice }));
const refs = (n: number) => Array.from({ length: n }, (_, i) => `m${i + 1}`);

describe('commission membership (art. 58-1: at least 5)', () => {
  it('requires five members, one chair and one secretary, nobody twice', () => {
    expect(MIN_COMMISSION_SIZE).toBe(5);
    expect(checkMembership(members(5))).toBeUndefined();
    expect(checkMembership(members(4))).toMatchObject({ code: 'COMMISSION_TOO_SMALL', params: { size: 4 } });
    expect(checkMembership(members(5).map((m) => ({ ...m, role: 'member' as const })))?.code).toBe(
      'COMMISSION_CHAIR_REQUIRED',
    );
    expect(checkMembership([...members(5), { personRef: 'm1', role: 'member' }])?.code).toBe(
      'INVALID_COMMAND',
    );
  });
});

describe('quorum of two thirds (art. 58-1)', () => {
  it('examples', () => {
    expect(quorumRequired(5)).toBe(4);
    expect(quorumRequired(6)).toBe(4);
    expect(quorumRequired(7)).toBe(5);
    expect(quorumRequired(9)).toBe(6);
    expect(checkQuorum(7, 4)).toMatchObject({
      code: 'COMMISSION_NO_QUORUM',
      params: { present: 4, required: 5 },
    });
    expect(checkQuorum(7, 5)).toBeUndefined();
  });

  const quorumInvariant = (size: number) => {
    const q = quorumRequired(size);
    expect(3 * q).toBeGreaterThanOrEqual(2 * size);
    expect(3 * (q - 1)).toBeLessThan(2 * size);
    expect(q).toBeLessThanOrEqual(size);
    expect(hasQuorum(size, q)).toBe(true);
    expect(hasQuorum(size, q - 1)).toBe(false);
  };

  it('for every commission size from 5 to 500, quorum is the least number ≥ two thirds', () => {
    for (let size = MIN_COMMISSION_SIZE; size <= 500; size++) quorumInvariant(size);
  });

  it('property: the same holds for any larger commission', () => {
    fc.assert(fc.property(fc.integer({ min: 501, max: 100_000 }), quorumInvariant), { numRuns: 100 });
  });
});

describe('notice to the employee (art. 58-1: at least 1 working day)', () => {
  it('the session is at least one working day after the notice', () => {
    expect(commissionNoticeClock(kazakhstanCalendar, '2025-03-14', 1).dueOn).toBe('2025-03-17');
    expect(checkNotice(kazakhstanCalendar, '2025-03-14', '2025-03-17', 1)).toBeUndefined();
    expect(checkNotice(kazakhstanCalendar, '2025-03-14', '2025-03-14', 1)).toMatchObject({
      code: 'COMMISSION_NOTICE_TOO_SHORT',
      params: { earliest: '2025-03-17' },
    });
    // A notice given on Saturday counts from Monday.
    expect(commissionNoticeClock(kazakhstanCalendar, '2025-03-15', 1).dueOn).toBe('2025-03-18');
  });
});

describe('participation of the employee (art. 58-1)', () => {
  it('proceeds after attendance, video, an unexcused no-show or a written refusal, not after an excused absence', () => {
    for (const p of ['in-person', 'video', 'unexcused-no-show', 'written-refusal'] as const) {
      expect(checkParticipation('officer-a', p)).toBeUndefined();
    }
    expect(checkParticipation('officer-a', 'excused-absence')?.code).toBe('COMMISSION_EMPLOYEE_NOT_HEARD');
  });
});

describe('open vote, majority of those present, chair’s casting vote (art. 58-1)', () => {
  const five = members(5);
  it('a majority of those present decides', () => {
    const r = tallyVotes('officer-a', five, refs(5), votes([reprimand, reprimand, reprimand, remark, end]));
    expect(r).toMatchObject({ ok: true, value: { outcome: reprimand, decidedByChair: false, present: 5 } });
  });

  it('an even split between two options is decided by the chair', () => {
    const r = tallyVotes('officer-a', members(6), refs(4), votes([end, remark, remark, end]));
    expect(r).toMatchObject({ ok: true, value: { outcome: end, decidedByChair: true } });
  });

  it('a tie among three or more leading options is decided by the chair too', () => {
    const r = tallyVotes(
      'officer-a',
      members(6),
      refs(6),
      votes([end, end, remark, remark, reprimand, reprimand]),
    );
    expect(r).toMatchObject({ ok: true, value: { outcome: end, decidedByChair: true } });
  });

  it('under rule revision 0 only a two-way tie went to the chair', () => {
    const threeWay = votes([end, end, remark, remark, reprimand, reprimand]);
    expect(tallyVotes('officer-a', members(6), refs(6), threeWay, false)).toMatchObject({ ok: false });
    expect(
      tallyVotes('officer-a', members(6), refs(4), votes([end, remark, remark, end]), false),
    ).toMatchObject({
      ok: true,
      value: { outcome: end, decidedByChair: true },
    });
  });

  it('the chair breaks a tie only among the leading options', () => {
    // 2-2-1 with the chair on the trailing option: no majority, a new vote.
    const r = tallyVotes('officer-a', five, refs(5), votes([end, remark, remark, reprimand, reprimand]));
    expect(r).toMatchObject({ ok: false, error: { code: 'COMMISSION_NO_MAJORITY' } });
  });

  it('property: with no majority and a tie at the top, the chair decides iff voting for a leading option', () => {
    const options = [reprimand, remark, end];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 5, maxLength: 9 }), (picks) => {
        const n = picks.length;
        const r = tallyVotes(
          'p',
          members(n),
          refs(n),
          votes(picks.map((i) => options[i] as CommissionOutcome)),
        );
        const counts = [0, 1, 2].map((i) => picks.filter((x) => x === i).length);
        const top = Math.max(...counts);
        const chairPick = picks[0] as number;
        if (top * 2 > n) return r.ok && !r.value.decidedByChair;
        const leading = counts.filter((c) => c === top).length;
        if (leading >= 2 && counts[chairPick] === top)
          return r.ok && r.value.decidedByChair && r.value.outcome === options[chairPick];
        return !r.ok && r.error.code === 'COMMISSION_NO_MAJORITY';
      }),
    );
  });

  it('no majority otherwise', () => {
    const noChair = tallyVotes('officer-a', members(6), refs(6).slice(1, 5), [
      { memberRef: 'm2', choice: end },
      { memberRef: 'm3', choice: end },
      { memberRef: 'm4', choice: remark },
      { memberRef: 'm5', choice: remark },
    ]);
    expect(noChair).toMatchObject({ ok: false, error: { code: 'COMMISSION_NO_MAJORITY' } });
  });

  it('a member counted twice in present is refused', () => {
    expect(tallyVotes('a', five, ['m1', 'm2', 'm3', 'm3'], votes([end, end, end]))).toMatchObject({
      ok: false,
      error: { code: 'COMMISSION_VOTE_INVALID' },
    });
  });

  it('every member present votes once, only members present vote', () => {
    expect(tallyVotes('a', five, refs(5), votes([end, end, end, end]))).toMatchObject({
      ok: false,
      error: { code: 'COMMISSION_VOTE_INVALID' },
    });
    expect(tallyVotes('a', five, refs(4), votes([end, end, end, end, end]))).toMatchObject({ ok: false });
    expect(
      tallyVotes('a', five, refs(5), [...votes([end, end, end, end]), { memberRef: 'm1', choice: end }]),
    ).toMatchObject({ ok: false });
  });

  it('recognises well-formed outcomes', () => {
    expect(isCommissionOutcome(end)).toBe(true);
    expect(isCommissionOutcome(reprimand)).toBe(true);
    expect(isCommissionOutcome({ kind: 'penalty', penalty: 'fine' })).toBe(false);
    expect(isCommissionOutcome(null)).toBe(false);
  });
});

describe('a commission session', () => {
  const base = {
    members: members(5),
    presentRefs: refs(4),
    notifiedOn: '2025-03-13',
    heldOn: '2025-03-17',
    considerations: [
      {
        personRef: 'officer-a',
        participation: 'video' as EmployeeParticipation,
        votes: votes([remark, remark, remark, end]),
      },
    ],
  };
  it('recommends per person when every rule holds', () => {
    const r = evaluateCommissionSession(base, kazakhstanCalendar, 1);
    expect(r).toMatchObject({
      ok: true,
      value: [{ personRef: 'officer-a', outcome: remark, participation: 'video' }],
    });
  });
  it('checks membership, attendance, quorum, notice, participation and the vote', () => {
    const code = (over: Partial<typeof base>) => {
      const r = evaluateCommissionSession({ ...base, ...over }, kazakhstanCalendar, 1);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code({ members: members(4) })).toBe('COMMISSION_TOO_SMALL');
    expect(code({ presentRefs: ['m1', 'm2', 'm3', 'x'] })).toBe('INVALID_COMMAND');
    expect(code({ presentRefs: refs(3) })).toBe('COMMISSION_NO_QUORUM');
    expect(code({ heldOn: '2025-03-13' })).toBe('COMMISSION_NOTICE_TOO_SHORT');
    expect(code({ considerations: [{ ...base.considerations[0]!, participation: 'excused-absence' }] })).toBe(
      'COMMISSION_EMPLOYEE_NOT_HEARD',
    );
    expect(
      code({ considerations: [{ ...base.considerations[0]!, votes: votes([remark, end, end, remark]) }] }),
    ).toBe('ok');
    expect(
      code({
        considerations: [{ ...base.considerations[0]!, votes: votes([remark, end, reprimand, remark]) }],
      }),
    ).toBe('COMMISSION_NO_MAJORITY');
  });
});
