import fc from 'fast-check';
import { kazakhstanCalendar } from '../calendar/kz-calendar';
import { isWorkingDay } from '../calendar/working-days';
import { appealClock } from '../clocks/procedural';
import { DEFAULT_POLICY } from '../policy';
import { DEFAULT_ENVIRONMENT } from './context';
import { openProtectionActWindow, windowWithGaps } from '../protection-act/window';
import { concluded, FINDINGS, investigating } from '../test-support/case-builder';
import { eventsOfType, rejection, step } from '../test-support/fixtures';
import { addDays, isAfter } from '../time/local-date';
import { periodContains } from '../time/period';
import type { CaseCommand } from './commands';

const closesOn = (run: ReturnType<typeof investigating>, personRef: string) =>
  run.state.protectionActs.find((r) => r.personRef === personRef)?.window.closesOn;

const submit: CaseCommand = {
  type: 'SubmitConclusion',
  findings: FINDINGS,
  proposals: [],
  circumstances: [],
  protectionActReferences: {},
};

describe('the Protection Act window follows the subject’s absences and the case’s pauses', () => {
  it("sick leave moves the subject's closing day by the working days lost; the other subject's stays", () => {
    // Ordered Thursday 3 April: 5 working days close the windows on Thursday 10 April.
    let run = investigating();
    expect(closesOn(run, 'b')).toBe('2025-04-10');
    run = step(
      run,
      {
        type: 'RecordAbsence',
        absence: { personRef: 'b', kind: 'sick-leave', from: '2025-04-07', to: '2025-04-08' },
      },
      '2025-04-07',
    );
    expect(closesOn(run, 'b')).toBe('2025-04-14');
    expect(closesOn(run, 'a')).toBe('2025-04-10');
    expect(eventsOfType(run, 'ProtectionActWindowMoved').map((e) => e.personRef)).toEqual(['b']);
    expect(rejection(run, submit, '2025-04-11')).toMatchObject({
      code: 'PROTECTION_ACT_WINDOW_OPEN',
      params: { closesOn: '2025-04-14' },
    });
    expect(concluded([], run, '2025-04-15').state.stage).toBe('conclusion-submitted');
  });

  it('a running pause holds every window open; when it ends the windows move by the paused working days', () => {
    let run = step(
      investigating(),
      { type: 'StartClockPause', pauseId: 'p1', cause: 'expertise' },
      '2025-04-07',
    );
    expect(run.state.protectionActs.every((r) => r.window.pausedSince === '2025-04-07')).toBe(true);
    expect(rejection(run, submit, '2025-04-11').code).toBe('PROTECTION_ACT_WINDOW_OPEN');
    run = step(run, { type: 'EndClockPause', pauseId: 'p1' }, '2025-04-09');
    // Paused 7-9 April: 4, 10, 11, 14 and 15 April are the five preparation days.
    expect([closesOn(run, 'a'), closesOn(run, 'b')]).toEqual(['2025-04-15', '2025-04-15']);
    expect(run.state.protectionActs.every((r) => r.window.pausedSince === null)).toBe(true);
  });

  it('an absence outside the window changes nothing', () => {
    const run = step(
      investigating(),
      {
        type: 'RecordAbsence',
        absence: { personRef: 'b', kind: 'vacation', from: '2025-04-21', to: '2025-04-25' },
      },
      '2025-04-07',
    );
    expect(eventsOfType(run, 'ProtectionActWindowMoved')).toEqual([]);
    expect(closesOn(run, 'b')).toBe('2025-04-10');
  });

  it('property: the window always grants the full preparation time outside the gaps', () => {
    const policy = DEFAULT_POLICY.protectionAct;
    const day = fc.integer({ min: 0, max: 40 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.array(fc.tuple(day, fc.integer({ min: 0, max: 15 })), { maxLength: 4 }),
        (offset, raw) => {
          const opensOn = addDays('2025-01-01', offset);
          const gaps = raw.map(([start, length]) => ({
            from: addDays(opensOn, start - 5),
            to: addDays(opensOn, start - 5 + length),
          }));
          const plain = openProtectionActWindow(kazakhstanCalendar, opensOn, policy);
          const window = windowWithGaps(kazakhstanCalendar, plain, gaps, policy);
          let counted = 0;
          for (let d = addDays(opensOn, 1); !isAfter(d, window.closesOn); d = addDays(d, 1)) {
            if (isWorkingDay(kazakhstanCalendar, d) && !gaps.some((g) => periodContains(g, d))) counted += 1;
          }
          const lastCounts =
            isWorkingDay(kazakhstanCalendar, window.closesOn) &&
            !gaps.some((g) => periodContains(g, window.closesOn));
          return (
            counted === policy.windowWorkingDays && lastCounts && !isAfter(plain.closesOn, window.closesOn)
          );
        },
      ),
    );
  });
});

describe('rule revision 0 (cases started before issue 16) keeps the earlier timing', () => {
  const legacy = { ...DEFAULT_ENVIRONMENT, ruleRevision: 0 };
  it('the window ignores the absence and the appeal period may end on a day off', () => {
    const run = step(
      investigating(),
      {
        type: 'RecordAbsence',
        absence: { personRef: 'b', kind: 'sick-leave', from: '2025-04-07', to: '2025-04-08' },
      },
      '2025-04-07',
      legacy,
    );
    expect(closesOn(run, 'b')).toBe('2025-04-10');
    expect(appealClock(kazakhstanCalendar, '2025-02-06', 30, false).dueOn).toBe('2025-03-08');
  });
});
