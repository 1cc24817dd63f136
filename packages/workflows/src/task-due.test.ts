import { type CaseDeadline, type ClockName } from '@qorgau/domain';
import { taskDeadline } from './task-due';
import { type OpenTask } from './tasks';

const clock = (name: ClockName, dueOn: string, ids: Partial<CaseDeadline> = {}): CaseDeadline => ({
  clock: { clock: name, dueOn, citation: `cite ${name}`, provisional: false, why: [] },
  ...ids,
});
const task = (t: Partial<OpenTask> & Pick<OpenTask, 'command'>): OpenTask => ({
  role: 'head',
  assigneeRef: null,
  optional: false,
  ...t,
});

describe('taskDeadline', () => {
  const deadlines = [
    clock('limitation-from-discovery', '2025-03-04', { personRef: 'b', violationId: 'v' }),
    clock('limitation-from-commission', '2025-02-20', { personRef: 'a', violationId: 'v' }),
    clock('investigation', '2025-03-10'),
    clock('protection-act-window', '2025-02-18', { personRef: 'a' }),
    clock('protection-act-window', '2025-02-19', { personRef: 'b' }),
    clock('order-announcement', '2025-05-01', { personRef: 'a', penaltyId: 'p-a' }),
    clock('order-announcement', '2025-05-02', { personRef: 'b', penaltyId: 'p-b' }),
  ];

  it("takes the earliest clock bounding the command, narrowed to the task's person or penalty", () => {
    expect(taskDeadline(task({ command: 'OrderInvestigation' }), deadlines)?.clock.dueOn).toBe('2025-02-20');
    expect(taskDeadline(task({ command: 'SubmitConclusion' }), deadlines)?.clock.clock).toBe('investigation');
    expect(taskDeadline(task({ command: 'FileProtectionAct', personRef: 'b' }), deadlines)?.clock.dueOn).toBe(
      '2025-02-19',
    );
    expect(
      taskDeadline(task({ command: 'RecordOrderAnnouncement', personRef: 'b', penaltyId: 'p-b' }), deadlines)
        ?.clock.dueOn,
    ).toBe('2025-05-02');
  });

  it('gives nothing when no running clock bounds the task', () => {
    expect(taskDeadline(task({ command: 'DecideAppeal', appealId: 'x' }), deadlines)).toBeUndefined();
    expect(taskDeadline(task({ command: 'ApproveConclusion' }), deadlines)).toBeUndefined();
  });
});
