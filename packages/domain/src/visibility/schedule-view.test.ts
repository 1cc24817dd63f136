import fc from 'fast-check';
import type { ClockAnswer, ClockName } from '../clocks/clock';
import type { CaseCommandType } from '../lifecycle/commands';
import { caseDeadlines, type CaseDeadline } from '../lifecycle/queries';
import { commissionDecided, investigating, penalty } from '../test-support/case-builder';
import { step } from '../test-support/fixtures';
import { type CaseViewer, type CaseViewerRelation } from './case-view';
import {
  canSeeDeadline,
  DEADLINE_RULES,
  deadlinesFor,
  tasksByRoleFor,
  tasksFor,
  type CaseTask,
} from './schedule-view';

const as = (personRef: string, ...relations: CaseViewerRelation[]): CaseViewer => ({ personRef, relations });
const HEAD = as('head', 'unit-head');
const AUDITOR = as('aud', 'auditor');
const A = as('a', 'party', 'subject');
const B = as('b', 'party', 'subject');
const W = as('w', 'party');
const INV = as('inv', 'assigned-investigator');
const MEMBER = as('m1', 'commission-on-agenda');
const HIGHER = as('higher', 'appeal-official');

const shown = (ds: readonly CaseDeadline[]) => ds.map((d) => `${d.clock.clock}:${d.personRef ?? '*'}`).sort();

/** Investigating (ordered 3 April; windows for a and b), b in medical treatment on 8-9 April, read on 9 April. */
function investigationDeadlines(): CaseDeadline[] {
  const run = step(
    investigating(),
    {
      type: 'RecordAbsence',
      absence: { personRef: 'b', kind: 'medical-treatment', from: '2025-04-08', to: '2025-04-09' },
    },
    '2025-04-08',
  );
  return caseDeadlines(run.state, '2025-04-09');
}

/** The order (18 April) penalizes a (remark) and b (reprimand); both announced 21 April. */
function penaltyDeadlines(): CaseDeadline[] {
  let run = commissionDecided(
    [penalty('a', 'remark'), penalty('b', 'reprimand')],
    { kind: 'penalty', penalty: 'remark' },
    { kind: 'penalty', penalty: 'reprimand' },
  );
  run = step(
    run,
    {
      type: 'IssueOrder',
      issuedBy: 'head',
      basis: 'investigation',
      penalties: [penalty('a', 'remark'), penalty('b', 'reprimand')],
    },
    '2025-04-18',
  );
  run = step(run, { type: 'RecordOrderAnnouncement', personRef: 'a', outcome: 'signed' }, '2025-04-21');
  run = step(run, { type: 'RecordOrderAnnouncement', personRef: 'b', outcome: 'signed' }, '2025-04-21');
  return caseDeadlines(run.state, '2025-04-22');
}

const investigationClockOf = (ds: readonly CaseDeadline[]) =>
  ds.find((d) => d.clock.clock === 'investigation')!;

describe('deadlinesFor: which running clocks each reader sees (art. 42)', () => {
  describe('during the investigation', () => {
    const all = investigationDeadlines();

    it('the case has the investigation month, and per subject a limitation clock and a Protection Act window', () => {
      expect(shown(all)).toEqual([
        'investigation:*',
        'limitation-from-discovery:a',
        'limitation-from-discovery:b',
        'protection-act-window:a',
        'protection-act-window:b',
      ]);
    });

    it('the head, the auditor and the investigator see every clock as it is, absences included', () => {
      for (const viewer of [HEAD, AUDITOR, INV]) expect(deadlinesFor(all, viewer)).toEqual(all);
    });

    it('a subject sees the investigation month and their own clocks, never the other subject’s window', () => {
      expect(shown(deadlinesFor(all, B))).toEqual([
        'investigation:*',
        'limitation-from-discovery:b',
        'protection-act-window:b',
      ]);
      expect(shown(deadlinesFor(all, A))).toEqual([
        'investigation:*',
        'limitation-from-discovery:a',
        'protection-act-window:a',
      ]);
    });

    it('a witness sees only the investigation month', () => {
      expect(shown(deadlinesFor(all, W))).toEqual(['investigation:*']);
    });

    it('the commission sees what it decides on: the limitation clocks and the windows it references', () => {
      expect(shown(deadlinesFor(all, MEMBER))).toEqual(shown(all));
    });

    it('whose absence paused the investigation month, and why, is left out for who may not see absences', () => {
      const whole = investigationClockOf(all).clock;
      expect(whole.why).toEqual(
        expect.arrayContaining([expect.objectContaining({ kind: 'paused', cause: 'medical-treatment' })]),
      );
      for (const viewer of [A, W, MEMBER]) {
        const seen = investigationClockOf(deadlinesFor(all, viewer)).clock;
        expect(seen.dueOn).toBe(whole.dueOn);
        expect(JSON.stringify(seen)).not.toContain('medical-treatment');
        expect(seen.why).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'paused-total' })]));
      }
    });

    it('a clock without an absence in it is handed on as it is', () => {
      const plain = caseDeadlines(investigating().state, '2025-04-04');
      expect(deadlinesFor(plain, W)).toEqual(plain.filter((d) => d.clock.clock === 'investigation'));
      expect(deadlinesFor(plain, W)[0]).toBe(investigationClockOf(plain));
    });
  });

  describe('after the order', () => {
    const all = penaltyDeadlines();
    const penaltyClocks = ['appeal', 'early-lifting', 'penalty-expiry'];

    it('each penalty runs its appeal, expiry and early-lifting clocks', () => {
      expect(shown(all)).toEqual(penaltyClocks.flatMap((c) => [`${c}:a`, `${c}:b`]));
    });

    it('the head, the auditor and the appeal official see every penalty clock', () => {
      for (const viewer of [HEAD, AUDITOR, HIGHER]) expect(deadlinesFor(all, viewer)).toEqual(all);
    });

    it('a penalized officer sees only their own penalty’s clocks', () => {
      expect(shown(deadlinesFor(all, B))).toEqual(penaltyClocks.map((c) => `${c}:b`));
      expect(shown(deadlinesFor(all, A))).toEqual(penaltyClocks.map((c) => `${c}:a`));
    });

    it('a witness, the investigator and the commission see no one’s penalty clocks', () => {
      for (const viewer of [W, INV, MEMBER]) expect(deadlinesFor(all, viewer)).toEqual([]);
    });
  });

  it('a case-wide clock only an own-relation may see is shown to nobody who is not named', () => {
    const notice: CaseDeadline = { clock: clockOf('commission-notice') };
    expect(canSeeDeadline(notice, W)).toBe(false);
    expect(canSeeDeadline({ ...notice, personRef: 'w' }, W)).toBe(true);
    expect(canSeeDeadline(notice, MEMBER)).toBe(true);
  });
});

const clockOf = (clock: ClockName): ClockAnswer => ({
  clock,
  dueOn: '2025-05-01',
  citation: 'test',
  provisional: false,
  why: [],
});

interface Task extends CaseTask {
  readonly role: string;
}
const t = (role: string, command: CaseCommandType, assigneeRef: string | null, personRef?: string): Task => ({
  role,
  command,
  assigneeRef,
  ...(personRef === undefined ? {} : { personRef }),
});

describe('tasksFor: which open tasks each reader sees (art. 42)', () => {
  const investigation = [
    t('subject', 'FileProtectionAct', 'a', 'a'),
    t('subject', 'FileProtectionAct', 'b', 'b'),
    t('head', 'DecideProtectionActExtension', 'head', 'b'),
    t('investigator', 'AnswerProtectionActItem', 'inv', 'b'),
    t('investigator', 'SubmitConclusion', 'inv'),
  ];
  const order = [
    t('head', 'RecordOrderAnnouncement', 'head', 'a'),
    t('subject', 'FileAppeal', 'b', 'b'),
    t('higher-official', 'DecideAppeal', null, 'b'),
  ];
  const cmds = (ts: readonly Task[]) => ts.map((x) => `${x.command}:${x.personRef ?? '*'}`);

  it('the head and the auditor see every task', () => {
    for (const viewer of [HEAD, AUDITOR]) {
      expect(tasksFor(investigation, viewer)).toEqual(investigation);
      expect(tasksFor(order, viewer)).toEqual(order);
    }
  });

  it('a subject sees the case’s steps and the tasks about themself, not the other subject’s act or penalty', () => {
    expect(cmds(tasksFor(investigation, A))).toEqual(['FileProtectionAct:a', 'SubmitConclusion:*']);
    expect(cmds(tasksFor(investigation, B))).toEqual([
      'FileProtectionAct:b',
      'DecideProtectionActExtension:b',
      'AnswerProtectionActItem:b',
      'SubmitConclusion:*',
    ]);
    expect(cmds(tasksFor(order, A))).toEqual(['RecordOrderAnnouncement:a']);
    expect(cmds(tasksFor(order, B))).toEqual(['FileAppeal:b', 'DecideAppeal:b']);
  });

  it('a witness sees only the steps naming nobody', () => {
    expect(cmds(tasksFor(investigation, W))).toEqual(['SubmitConclusion:*']);
    expect(tasksFor(order, W)).toEqual([]);
  });

  it('the investigator and the commission see the Protection Act work, not the penalties', () => {
    for (const viewer of [INV, MEMBER]) {
      expect(tasksFor(investigation, viewer)).toEqual(investigation);
      expect(tasksFor(order, viewer)).toEqual([]);
    }
  });

  it('the appeal official sees the penalties and the appeal they decide', () => {
    expect(tasksFor(order, HIGHER)).toEqual(order);
  });

  it('a task of an unlisted command naming a person is treated as personal-file data', () => {
    const expiry = t('head', 'ExpirePenalty', 'head', 'b');
    expect(tasksFor([expiry], B)).toEqual([expiry]);
    expect(tasksFor([expiry], A)).toEqual([]);
    expect(tasksFor([expiry], INV)).toEqual([]);
  });

  it('tasksByRoleFor keeps the query’s shape and leaves out the roles left empty', () => {
    const byRole: Partial<Record<string, Task[]>> = {
      subject: [investigation[0]!, investigation[1]!],
      investigator: [investigation[3]!, investigation[4]!],
      head: undefined,
    };
    expect(tasksByRoleFor(byRole, A)).toEqual({
      subject: [investigation[0]],
      investigator: [investigation[4]],
    });
    expect(tasksByRoleFor({ subject: [investigation[1]!] }, W)).toEqual({});
  });
});

describe('no reader outside the rules sees another person’s penalty or Protection Act (property)', () => {
  const PEOPLE = ['a', 'b', 'w', 'inv', 'm1'];
  const PENALTY_CLOCKS: ClockName[] = ['order-announcement', 'appeal', 'penalty-expiry', 'early-lifting'];
  const PA_CLOCKS: ClockName[] = ['protection-act-window'];
  const PENALTY_TASKS: CaseCommandType[] = ['RecordOrderAnnouncement', 'FileAppeal', 'LiftPenaltyEarly'];
  const PA_TASKS: CaseCommandType[] = [
    'FileProtectionAct',
    'RequestProtectionActExtension',
    'DecideProtectionActExtension',
    'AnswerProtectionActItem',
  ];
  const person = fc.constantFrom(...PEOPLE);
  const deadline = fc.record({
    clock: fc.constantFrom(...(Object.keys(DEADLINE_RULES) as ClockName[])).map(clockOf),
    personRef: fc.option(person, { nil: undefined }),
  });
  const task = fc.record({
    role: fc.constantFrom('head', 'investigator', 'subject', 'commission', 'higher-official'),
    command: fc.constantFrom<CaseCommandType>(
      ...PENALTY_TASKS,
      ...PA_TASKS,
      'DecideAppeal',
      'SubmitConclusion',
    ),
    assigneeRef: fc.option(person, { nil: null }),
    personRef: fc.option(person, { nil: undefined }),
  });
  const viewerOf = (relations: readonly CaseViewerRelation[]) =>
    fc.record({ personRef: person, relations: fc.subarray([...relations], { minLength: 1 }) });
  const others = (me: string) => (x: { personRef?: string | undefined }) =>
    x.personRef !== undefined && x.personRef !== me;

  it('a party, subject, investigator or commission member never gets another person’s penalty clock or task', () => {
    fc.assert(
      fc.property(
        fc.array(deadline),
        fc.array(task),
        viewerOf(['party', 'subject', 'assigned-investigator', 'commission-on-agenda']),
        (ds, ts, viewer) => {
          const theirs = others(viewer.personRef);
          expect(
            deadlinesFor(ds, viewer).filter((d) => PENALTY_CLOCKS.includes(d.clock.clock) && theirs(d)),
          ).toEqual([]);
          expect(
            tasksFor(ts, viewer).filter(
              (x) => [...PENALTY_TASKS, 'DecideAppeal'].includes(x.command) && theirs(x),
            ),
          ).toEqual([]);
        },
      ),
    );
  });

  it('a party or subject never gets another person’s Protection Act window, limitation clock or act task', () => {
    fc.assert(
      fc.property(fc.array(deadline), fc.array(task), viewerOf(['party', 'subject']), (ds, ts, viewer) => {
        const theirs = others(viewer.personRef);
        const personal = (c: ClockName) => PA_CLOCKS.includes(c) || c.startsWith('limitation');
        expect(deadlinesFor(ds, viewer).filter((d) => personal(d.clock.clock) && theirs(d))).toEqual([]);
        expect(tasksFor(ts, viewer).filter((x) => PA_TASKS.includes(x.command) && theirs(x))).toEqual([]);
      }),
    );
  });

  it('the ordering head and the auditor get every deadline and task as it is', () => {
    fc.assert(
      fc.property(fc.array(deadline), fc.array(task), fc.constantFrom(HEAD, AUDITOR), (ds, ts, viewer) => {
        expect(deadlinesFor(ds, viewer)).toEqual(ds);
        expect(tasksFor(ts, viewer)).toEqual(ts);
      }),
    );
  });
});
