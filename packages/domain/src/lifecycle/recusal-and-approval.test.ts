import fc from 'fast-check';
import { eventsOfType, rejection, step, type Run } from '../test-support/fixtures';
import {
  concluded,
  explained,
  familiarized,
  investigating,
  MEMBERS,
  penalty,
  scheduled,
  unanimous,
} from '../test-support/case-builder';
import type { DeclaredInterest } from '../fairness/recusal';
import type { CaseCommand } from './commands';

const declare = (
  run: Run,
  participantRef: string,
  kind: DeclaredInterest['kind'] = 'relative',
  on = '2025-04-11',
) => step(run, { type: 'DeclareInterest', interest: { participantRef, partyRef: 'b', kind } }, on);

const hold: CaseCommand = {
  type: 'HoldCommissionSession',
  presentRefs: ['m1', 'm2', 'm3', 'm4', 'm5'],
  considerations: [
    { personRef: 'a', participation: 'in-person', votes: unanimous({ kind: 'penalty', penalty: 'remark' }) },
    { personRef: 'b', participation: 'video', votes: unanimous({ kind: 'penalty', penalty: 'remark' }) },
  ],
  protectionActReferences: {},
};

describe('recusal covers everyone who decides (art. 58 p.2)', () => {
  it("the ordering head's declared interest bars them from ordering the investigation", () => {
    const run = declare(explained({ a: 'denial', b: 'denial' }), 'head', 'line-manager', '2025-04-02');
    expect(
      rejection(run, { type: 'OrderInvestigation', orderedBy: 'head', investigatorRef: 'inv' }, '2025-04-03'),
    ).toMatchObject({ code: 'RECUSAL_REQUIRED', params: { person: 'head', capacity: 'ordering-head' } });
  });

  it('the approving head is checked: an interest declared after ordering bars the approval', () => {
    const run = declare(concluded([penalty('a', 'remark')]), 'head');
    expect(rejection(run, { type: 'ApproveConclusion', approvedBy: 'head' }, '2025-04-14')).toMatchObject({
      code: 'RECUSAL_REQUIRED',
      params: { person: 'head', capacity: 'approving-head' },
    });
  });

  it('whoever issues the order is checked, parties included', () => {
    const run = familiarized([penalty('a', 'remark')]);
    const order = (issuedBy: string): CaseCommand => ({
      type: 'IssueOrder',
      issuedBy,
      basis: 'investigation',
      penalties: [penalty('a', 'remark')],
    });
    expect(rejection(run, order('b'), '2025-04-16')).toMatchObject({
      code: 'RECUSAL_REQUIRED',
      params: { person: 'b', capacity: 'order-issuer', interest: 'party' },
    });
    expect(
      rejection(declare(run, 'head-2', 'relative', '2025-04-15'), order('head-2'), '2025-04-16'),
    ).toMatchObject({
      code: 'RECUSAL_REQUIRED',
      params: { person: 'head-2', capacity: 'order-issuer', interest: 'relative' },
    });
    expect(step(run, order('head-2'), '2025-04-16').state.stage).toBe('order-issued');
  });

  it('an interest declared after the session was scheduled is re-checked when it is held', () => {
    const run = scheduled([penalty('a', 'remark')]);
    const late = declare(run, 'm4', 'personal-interest', '2025-04-16');
    expect(rejection(late, hold, '2025-04-17')).toMatchObject({
      code: 'RECUSAL_REQUIRED',
      params: { person: 'm4', capacity: 'commission-member' },
    });
    // Without the interested member (still a quorum of 4 of 5) the session is lawful.
    const without: CaseCommand = {
      ...hold,
      presentRefs: ['m1', 'm2', 'm3', 'm5'],
      considerations: (hold as Extract<CaseCommand, { type: 'HoldCommissionSession' }>).considerations.map(
        (c) => ({
          ...c,
          votes: c.votes.filter((v) => v.memberRef !== 'm4'),
        }),
      ),
    };
    expect(step(late, without, '2025-04-17').state.stage).toBe('commission-decided');
    expect(MEMBERS.map((m) => m.personRef)).toContain('m4');
  });

  it('property: any declared interest of any deciding participant in a party is refused', () => {
    const kinds: DeclaredInterest['kind'][] = [
      'relative',
      'line-manager',
      'subordinate',
      'personal-interest',
      'other',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.constantFrom('a', 'b'), (kind, partyRef) => {
        const run = step(
          concluded([penalty('a', 'remark')]),
          { type: 'DeclareInterest', interest: { participantRef: 'head', partyRef, kind } },
          '2025-04-11',
        );
        const error = rejection(run, { type: 'ApproveConclusion', approvedBy: 'head' }, '2025-04-14');
        return error.code === 'RECUSAL_REQUIRED' && error.params.interest === kind;
      }),
    );
  });
});

describe('the conclusion is approved by the ordering head or the recorded acting head (art. 58 p.5)', () => {
  it('another head of the unit may not approve', () => {
    const run = concluded([penalty('a', 'remark')]);
    expect(rejection(run, { type: 'ApproveConclusion', approvedBy: 'head-2' }, '2025-04-14')).toMatchObject({
      code: 'APPROVER_NOT_ORDERING_HEAD',
      params: { person: 'head-2', orderedBy: 'head' },
    });
    expect(step(run, { type: 'ApproveConclusion', approvedBy: 'head' }, '2025-04-14').state.stage).toBe(
      'conclusion-approved',
    );
  });

  it('a head recorded as acting for the ordering head may approve', () => {
    let run = investigating();
    run = step(
      run,
      { type: 'RecordActingHead', actingHeadRef: 'head-2', basis: 'order 12-ls of 2025-04-08: acting head' },
      '2025-04-08',
    );
    expect(eventsOfType(run, 'ActingHeadRecorded')[0]?.actingHead).toEqual({
      actingHeadRef: 'head-2',
      forRef: 'head',
      basis: 'order 12-ls of 2025-04-08: acting head',
      recordedOn: '2025-04-08',
    });
    run = concluded([penalty('a', 'remark')], run);
    const approved = step(run, { type: 'ApproveConclusion', approvedBy: 'head-2' }, '2025-04-14');
    expect(approved.state.conclusion?.approvedBy).toBe('head-2');
  });

  it('an acting head needs a basis and no interest; the ordering head needs no record', () => {
    const run = investigating();
    expect(
      rejection(run, { type: 'RecordActingHead', actingHeadRef: 'head-2', basis: ' ' }, '2025-04-08').code,
    ).toBe('INVALID_COMMAND');
    expect(
      rejection(run, { type: 'RecordActingHead', actingHeadRef: 'head', basis: 'x' }, '2025-04-08').code,
    ).toBe('ACTING_HEAD_INVALID');
    expect(
      rejection(run, { type: 'RecordActingHead', actingHeadRef: 'a', basis: 'x' }, '2025-04-08'),
    ).toMatchObject({ code: 'RECUSAL_REQUIRED', params: { capacity: 'approving-head', interest: 'party' } });
  });
});
