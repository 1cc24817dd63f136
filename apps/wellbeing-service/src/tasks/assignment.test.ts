import { pickAssignee } from './assignment';

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
