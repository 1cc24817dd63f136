import fc from 'fast-check';
import { pickAssignee, pickHrAssignee, type StaffLoad } from './assignment';

const unit = [
  { staffRef: 'lead', isLead: true, openTasks: 0 },
  { staffRef: 'hr-b', isLead: false, openTasks: 2 },
  { staffRef: 'hr-a', isLead: false, openTasks: 2 },
  { staffRef: 'hr-c', isLead: false, openTasks: 3 },
];

describe('pickAssignee', () => {
  it('gives an ordinary check-in to the least-loaded non-lead, ties by name', () => {
    expect(pickAssignee(unit, false)).toBe('hr-a');
  });
  it('gives an escalation to the unit lead', () => {
    expect(pickAssignee(unit, true)).toBe('lead');
  });
  it('falls back to the lead, then to the shared queue', () => {
    expect(pickAssignee([{ staffRef: 'lead', isLead: true, openTasks: 9 }], false)).toBe('lead');
    expect(pickAssignee([], false)).toBeNull();
    expect(pickAssignee([], true)).toBeNull();
  });
});

describe('pickAssignee keeps check-ins with wellbeing staff', () => {
  // The seed's unit: the psychologist leads, the HR inspector is the only non-lead member.
  const seedUnit: StaffLoad[] = [
    { staffRef: 'psychologist-1', isLead: true, openTasks: 4, staffRole: 'wellbeing-staff' },
    { staffRef: 'hr-1', isLead: false, openTasks: 0, staffRole: 'hr-inspector' },
  ];
  it("gives the seed unit's check-ins to the psychologist, not to the freer HR inspector", () => {
    expect(pickAssignee(seedUnit, false)).toBe('psychologist-1');
    expect(pickAssignee(seedUnit, true)).toBe('psychologist-1');
  });
  it('sends an escalation past an HR lead to the least-loaded wellbeing staff member', () => {
    const hrLead: StaffLoad[] = [
      { staffRef: 'hr-lead', isLead: true, openTasks: 0, staffRole: 'hr-inspector' },
      { staffRef: 'psy-b', isLead: false, openTasks: 3, staffRole: 'wellbeing-staff' },
      { staffRef: 'psy-a', isLead: false, openTasks: 1, staffRole: 'wellbeing-staff' },
    ];
    expect(pickAssignee(hrLead, true)).toBe('psy-a');
    expect(pickAssignee([hrLead[0]!], true)).toBeNull();
    expect(pickAssignee([hrLead[0]!], false)).toBeNull();
  });
  it('never picks an HR inspector, and picks someone whenever the unit has wellbeing staff', () => {
    const member = fc.record({
      staffRef: fc.string({ minLength: 1, maxLength: 6 }),
      isLead: fc.boolean(),
      openTasks: fc.nat(20),
      staffRole: fc.constantFrom('wellbeing-staff' as const, 'hr-inspector' as const),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(member, { selector: (m) => m.staffRef, maxLength: 8 }),
        fc.boolean(),
        (staff, escalated) => {
          const picked = pickAssignee(staff, escalated);
          const wellbeing = staff.filter((s) => s.staffRole === 'wellbeing-staff');
          if (wellbeing.length === 0) expect(picked).toBeNull();
          else expect(wellbeing.map((s) => s.staffRef)).toContain(picked);
        },
      ),
    );
  });
});

describe('pickHrAssignee', () => {
  const staff = [
    { staffRef: 'psychologist', isLead: true, openTasks: 0, staffRole: 'wellbeing-staff' as const },
    { staffRef: 'peer', isLead: false, openTasks: 0, staffRole: 'wellbeing-staff' as const },
    { staffRef: 'hr-2', isLead: false, openTasks: 4, staffRole: 'hr-inspector' as const },
    { staffRef: 'hr-1', isLead: false, openTasks: 5, staffRole: 'hr-inspector' as const },
  ];
  it("gives a restoration follow-up to the unit's least-loaded HR inspector, even when others are freer", () => {
    expect(pickHrAssignee(staff)).toBe('hr-2');
  });
  it('counts an HR inspector who leads the unit too', () => {
    expect(
      pickHrAssignee([{ staffRef: 'hr-lead', isLead: true, openTasks: 9, staffRole: 'hr-inspector' }]),
    ).toBe('hr-lead');
  });
  it('falls back to ordinary assignment without an HR inspector, then to the shared queue', () => {
    expect(pickHrAssignee(staff.slice(0, 2))).toBe('peer');
    expect(pickHrAssignee(unit)).toBe('hr-a');
    expect(pickHrAssignee([])).toBeNull();
  });
});
