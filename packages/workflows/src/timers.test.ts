import { decide, evolve, initialCaseState, type CaseCommand, type CaseState } from '@qorgau/domain';
import { endOfKazakhstanDay, planTimers, plannedNotices, startOfKazakhstanDay } from './timers';
import { openTasks } from './tasks';

const step = (s: CaseState, c: CaseCommand, at: string): CaseState => {
  const d = decide(s, c, at);
  if (!d.ok) throw new Error(d.error.code);
  return d.value.reduce(evolve, s);
};

const investigated = (): CaseState => {
  let s = initialCaseState('c1');
  s = step(
    s,
    {
      type: 'ReportCase',
      source: 'report',
      parties: [{ personRef: 'x', roles: ['subject'] }],
      violations: [
        {
          id: 'v1',
          description: 'late',
          misconductType: 'lateness',
          gravity: 'ordinary',
          committedOn: '2026-03-02',
          discoveredOn: '2026-03-02',
          subjectRefs: ['x'],
        },
      ],
    },
    '2026-03-02T05:00:00Z',
  );
  s = step(s, { type: 'RequestExplanations' }, '2026-03-02T05:00:00Z');
  s = step(
    s,
    { type: 'RecordExplanation', personRef: 'x', kind: 'denial', documentRef: 'd' },
    '2026-03-03T05:00:00Z',
  );
  return step(
    s,
    { type: 'OrderInvestigation', orderedBy: 'h', investigatorRef: 'i' },
    '2026-03-04T05:00:00Z',
  );
};

describe('timers', () => {
  it('a day ends at midnight Kazakhstan time (UTC+5 since 2024-03-01, UTC+6 before)', () => {
    expect(new Date(startOfKazakhstanDay('2026-03-10')).toISOString()).toBe('2026-03-09T19:00:00.000Z');
    expect(new Date(endOfKazakhstanDay('2026-03-10')).toISOString()).toBe('2026-03-10T19:00:00.000Z');
    expect(new Date(startOfKazakhstanDay('2024-01-10')).toISOString()).toBe('2024-01-09T18:00:00.000Z');
  });

  it('plans reminders, the window closing and escalations from caseDeadlines', () => {
    const s = investigated();
    const notices = plannedNotices(s, '2026-03-04T06:00:00Z');
    const kinds = notices.map((n) => `${n.kind}:${n.deadline.clock.clock}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'reminder:protection-act-window',
        'window-closed:protection-act-window',
        'reminder:investigation',
        'escalation:investigation',
      ]),
    );
    const inv = notices.find((n) => n.kind === 'escalation' && n.deadline.clock.clock === 'investigation')!;
    expect(inv.fireAt).toBe(endOfKazakhstanDay(s.investigation!.dueOn));
  });

  it('fires what is due once and says when to wake up next', () => {
    const s = investigated();
    const now = Date.parse('2026-03-04T06:00:00Z');
    const first = planTimers(s, now, new Set());
    expect(first.nextFireAt).toBeGreaterThan(now);
    const later = first.nextFireAt!;
    const due = planTimers(s, later, new Set()).due;
    expect(due.length).toBeGreaterThan(0);
    expect(planTimers(s, later, new Set(due.map((d) => d.key))).due).toEqual([]);
  });
});

describe('tasks', () => {
  it('during the investigation the subject may file a Protection Act and the conclusion waits', () => {
    const tasks = openTasks(investigated(), '2026-03-05');
    expect(tasks).toEqual([
      expect.objectContaining({
        role: 'subject',
        command: 'FileProtectionAct',
        optional: true,
        personRef: 'x',
      }),
    ]);
  });

  it('once the window closed the investigator must submit the conclusion', () => {
    const tasks = openTasks(investigated(), '2026-04-01');
    expect(tasks).toEqual([expect.objectContaining({ role: 'investigator', command: 'SubmitConclusion' })]);
  });
});
