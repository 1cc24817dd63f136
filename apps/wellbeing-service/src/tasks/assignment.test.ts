import { pickAssignee, pickHrAssignee } from './assignment';

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
