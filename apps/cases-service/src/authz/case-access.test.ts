import { initialCaseState, type CaseState } from '@qorgau/domain';
import { ROLES, type Principal, type Role } from '@qorgau/service-kit';
import { canCommand, canReadCase, canRegister, relationsOf, type CaseScope } from './case-access';

const who = (personRef: string, roles: Role[], unitId = 'unit-1'): Principal => ({
  personRef,
  roles,
  unitId,
  locale: 'ru',
});

const state: CaseState = {
  ...initialCaseState('c-1'),
  stage: 'investigation',
  parties: [
    { personRef: 'officer-a', roles: ['applicant', 'subject'] },
    { personRef: 'officer-b', roles: ['subject'] },
    { personRef: 'witness-c', roles: ['witness'] },
  ],
  investigation: {
    orderedOn: '2026-11-02' as never,
    orderedBy: 'head-1',
    investigatorRef: 'inv-1',
    dueOn: '2026-12-02' as never,
    extensions: [],
    endedOn: null,
  },
  commission: {
    members: [{ personRef: 'member-1', role: 'member' } as never],
    notifiedOn: '2026-11-20' as never,
    sessionOn: '2026-11-25' as never,
    heldOn: null,
    presentRefs: [],
    recommendations: [],
    protectionActReferences: {},
    symmetricSanctionJustification: null,
  },
};
const scope: CaseScope = { state, unitId: 'unit-1' };

describe('case access policy', () => {
  it('lets a subject read their own case, and nobody read a case they have no relation to', () => {
    expect(canReadCase(who('officer-b', ['officer']), scope)).toBe(true);
    expect(canReadCase(who('officer-z', ['officer']), scope)).toBe(false);
    expect(canReadCase(who('inv-1', ['investigator']), scope)).toBe(true);
    expect(canReadCase(who('inv-2', ['investigator']), scope)).toBe(false);
    expect(canReadCase(who('member-1', ['commission-member']), scope)).toBe(true);
    expect(canReadCase(who('member-2', ['commission-member']), scope)).toBe(false);
    expect(canReadCase(who('head-9', ['head'], 'unit-2'), scope)).toBe(false);
    expect(canReadCase(who('head-1', ['head']), scope)).toBe(true);
  });

  it('needs the role that matches the relation: a party without the officer role gets nothing', () => {
    expect(relationsOf(who('officer-a', ['wellbeing-staff']), scope).size).toBe(0);
    expect(relationsOf(who('inv-1', ['officer']), scope).has('assigned-investigator')).toBe(false);
  });

  it('keeps wellbeing staff, HR inspectors and IT admins away from case content', () => {
    for (const role of ['wellbeing-staff', 'hr-inspector', 'admin'] as const) {
      expect(canReadCase(who('officer-a', [role]), scope)).toBe(false);
      expect(canCommand(who('head-1', [role]), scope, { type: 'OrderInvestigation' })).toBe(false);
    }
  });

  it('lets a subject act only for themself', () => {
    const explanation = { type: 'RecordExplanation' as const };
    expect(canCommand(who('officer-b', ['officer']), scope, { ...explanation, personRef: 'officer-b' })).toBe(
      true,
    );
    expect(canCommand(who('officer-b', ['officer']), scope, { ...explanation, personRef: 'officer-a' })).toBe(
      false,
    );
    expect(canCommand(who('witness-c', ['officer']), scope, { ...explanation, personRef: 'witness-c' })).toBe(
      false,
    );
  });

  it('gives each command to its relations only, and unlisted commands to nobody', () => {
    for (const role of ROLES) {
      const allowed = canCommand(who('head-1', [role]), scope, { type: 'OrderInvestigation' });
      expect(allowed).toBe(role === 'head');
    }
    expect(canCommand(who('inv-1', ['investigator']), scope, { type: 'AddEvidence' })).toBe(true);
    expect(canCommand(who('inv-2', ['investigator']), scope, { type: 'AddEvidence' })).toBe(false);
    expect(canCommand(who('head-1', ['head', 'admin']), scope, { type: 'ExpirePenalty' })).toBe(false);
  });

  it('lets participants declare only their own interest; the head records anyone’s', () => {
    const interest = { type: 'DeclareInterest' as const };
    expect(canCommand(who('inv-1', ['investigator']), scope, { ...interest, personRef: 'inv-1' })).toBe(true);
    expect(canCommand(who('inv-1', ['investigator']), scope, { ...interest, personRef: 'member-1' })).toBe(
      false,
    );
    expect(
      canCommand(who('member-1', ['commission-member']), scope, { ...interest, personRef: 'member-1' }),
    ).toBe(true);
    expect(canCommand(who('head-1', ['head']), scope, { ...interest, personRef: 'inv-1' })).toBe(true);
    expect(canCommand(who('officer-b', ['officer']), scope, { ...interest, personRef: 'officer-b' })).toBe(
      false,
    );
  });

  it('gives the Protection Act to its subject, its answers to the assigned investigator, the sitting to the commission', () => {
    const file = { type: 'FileProtectionAct' as const };
    expect(canCommand(who('officer-b', ['officer']), scope, { ...file, personRef: 'officer-b' })).toBe(true);
    expect(canCommand(who('officer-b', ['officer']), scope, { ...file, personRef: 'officer-a' })).toBe(false);
    expect(canCommand(who('head-1', ['head']), scope, { ...file, personRef: 'officer-b' })).toBe(false);
    const answer = { type: 'AnswerProtectionActItem' as const };
    expect(canCommand(who('inv-1', ['investigator']), scope, answer)).toBe(true);
    expect(canCommand(who('inv-2', ['investigator']), scope, answer)).toBe(false);
    expect(canCommand(who('head-1', ['head']), scope, answer)).toBe(false);
    const hold = { type: 'HoldCommissionSession' as const };
    expect(canCommand(who('member-1', ['commission-member']), scope, hold)).toBe(true);
    expect(canCommand(who('member-9', ['commission-member']), scope, hold)).toBe(false);
    expect(canCommand(who('head-1', ['head']), scope, hold)).toBe(false);
  });

  it('lets the head register reports in their own unit only', () => {
    expect(canRegister(who('head-1', ['head']), 'unit-1')).toBe(true);
    expect(canRegister(who('head-1', ['head']), 'unit-2')).toBe(false);
    expect(canRegister(who('officer-a', ['officer']), 'unit-1')).toBe(false);
  });

  it('lets a party consent to a polygraph and ask for witness support only for themself', () => {
    const witness = who('witness-c', ['officer']);
    expect(canCommand(witness, scope, { type: 'RequestWitnessSupport', personRef: 'witness-c' })).toBe(true);
    expect(canCommand(witness, scope, { type: 'RequestWitnessSupport', personRef: 'officer-a' })).toBe(false);
    expect(
      canCommand(who('head-1', ['head']), scope, { type: 'RequestWitnessSupport', personRef: 'witness-c' }),
    ).toBe(true);
    const a = who('officer-a', ['officer']);
    expect(canCommand(a, scope, { type: 'RecordPolygraph', personRef: 'officer-a' })).toBe(true);
    expect(canCommand(a, scope, { type: 'RecordPolygraph', personRef: 'officer-b' })).toBe(false);
    expect(
      canCommand(who('inv-1', ['investigator']), scope, { type: 'RecordPolygraph', personRef: 'officer-b' }),
    ).toBe(true);
    expect(canCommand(who('inv-1', ['investigator']), scope, { type: 'ReplaceInvestigator' })).toBe(false);
    expect(canCommand(who('head-1', ['head']), scope, { type: 'ExtendInvestigation' })).toBe(true);
  });
});

describe('an appeal is read and decided by its addressee and the officials above them', () => {
  const appeal = {
    appealId: 'ap-1',
    penaltyId: 'c-1/officer-b/v1',
    personRef: 'officer-b',
    to: 'higher-official' as const,
    filedOn: '2026-12-01' as never,
    status: 'pending' as const,
    decidedOn: null,
    reason: null,
  };
  const addressed: CaseScope = {
    state: {
      ...state,
      stage: 'penalty-active',
      appeals: [
        { ...appeal, addressee: { personRef: 'higher-1', unitId: 'dept-1', aboveUnitIds: ['ministry'] } },
      ],
    },
    unitId: 'unit-1',
  };

  it('the addressee and a higher official of a unit above theirs; not one beside them', () => {
    expect(canReadCase(who('higher-1', ['higher-official'], 'dept-1'), addressed)).toBe(true);
    expect(canReadCase(who('higher-top', ['higher-official'], 'ministry'), addressed)).toBe(true);
    expect(canReadCase(who('higher-2', ['higher-official'], 'dept-2'), addressed)).toBe(false);
    expect(
      canCommand(who('higher-2', ['higher-official'], 'dept-2'), addressed, { type: 'DecideAppeal' }),
    ).toBe(false);
    expect(
      canCommand(who('higher-1', ['higher-official'], 'dept-1'), addressed, { type: 'DecideAppeal' }),
    ).toBe(true);
  });

  it('an appeal filed before addressees were recorded stays with any higher official', () => {
    const legacy: CaseScope = {
      state: { ...state, stage: 'penalty-active', appeals: [appeal] },
      unitId: 'unit-1',
    };
    expect(canReadCase(who('higher-2', ['higher-official'], 'dept-2'), legacy)).toBe(true);
  });
});
