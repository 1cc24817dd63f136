import { eventsOfType, rejection, step, type Run } from '../test-support/fixtures';
import { explained, investigating, reported } from '../test-support/case-builder';
import { B_PROTECTION_ACT } from '../test-support/seed-case';
import type { CaseCommand } from './commands';
import { caseDeadlines } from './queries';

const code = (run: Run, command: CaseCommand, date = '2025-04-04') => rejection(run, command, date).code;

describe('OrderInvestigation (art. 58 p.1-2, p.4)', () => {
  it('opens the month and a Protection Act window per subject', () => {
    const run = investigating();
    expect(run.state.stage).toBe('investigation');
    expect(run.state.investigation).toMatchObject({
      orderedOn: '2025-04-03',
      dueOn: '2025-05-03',
      investigatorRef: 'inv',
    });
    expect(run.state.protectionActs.map((r) => [r.personRef, r.window.closesOn, r.window.reminders])).toEqual(
      [
        ['a', '2025-04-10', ['2025-04-08', '2025-04-09']],
        ['b', '2025-04-10', ['2025-04-08', '2025-04-09']],
      ],
    );
  });

  it('needs every explanation (or refusal act) first', () => {
    const run = step(
      step(reported(), { type: 'RequestExplanations' }, '2025-04-01'),
      { type: 'RecordExplanation', personRef: 'a', kind: 'denial', documentRef: 'd' },
      '2025-04-02',
    );
    expect(code(run, { type: 'OrderInvestigation', orderedBy: 'head', investigatorRef: 'inv' })).toBe(
      'EXPLANATIONS_PENDING',
    );
    expect(code(run, { type: 'OrderInvestigation', orderedBy: '', investigatorRef: 'inv' })).toBe(
      'INVALID_COMMAND',
    );
  });

  it('recusal (art. 58 p.2): no party and nobody with an interest investigates; the head is no party', () => {
    const run = explained({ a: 'denial', b: 'denial' });
    expect(
      rejection(run, { type: 'OrderInvestigation', orderedBy: 'head', investigatorRef: 'w' }, '2025-04-03'),
    ).toMatchObject({
      code: 'RECUSAL_REQUIRED',
      params: { person: 'w', capacity: 'investigator' },
    });
    expect(code(run, { type: 'OrderInvestigation', orderedBy: 'b', investigatorRef: 'inv' })).toBe(
      'RECUSAL_REQUIRED',
    );
    const interested = step(
      run,
      { type: 'DeclareInterest', interest: { participantRef: 'inv', partyRef: 'b', kind: 'line-manager' } },
      '2025-04-03',
    );
    expect(code(interested, { type: 'OrderInvestigation', orderedBy: 'head', investigatorRef: 'inv' })).toBe(
      'RECUSAL_REQUIRED',
    );
  });
});

describe('during the investigation', () => {
  it('absences of a subject move the investigation month (art. 58 p.4)', () => {
    const run = step(
      investigating(),
      {
        type: 'RecordAbsence',
        absence: { personRef: 'b', kind: 'medical-treatment', from: '2025-04-14', to: '2025-04-18' },
      },
      '2025-04-04',
    );
    expect(run.state.investigation?.dueOn).toBe('2025-05-08');
  });

  it('the investigator can be replaced, never by an interested person', () => {
    const run = investigating();
    expect(code(run, { type: 'ReplaceInvestigator', investigatorRef: 'inv', reason: 'r' })).toBe(
      'INVALID_COMMAND',
    );
    expect(code(run, { type: 'ReplaceInvestigator', investigatorRef: 'inv2', reason: '' })).toBe(
      'INVALID_COMMAND',
    );
    expect(code(run, { type: 'ReplaceInvestigator', investigatorRef: 'a', reason: 'r' })).toBe(
      'RECUSAL_REQUIRED',
    );
    const replaced = step(
      run,
      { type: 'ReplaceInvestigator', investigatorRef: 'inv2', reason: 'conflict of interest' },
      '2025-04-04',
    );
    expect(replaced.state.investigation?.investigatorRef).toBe('inv2');
  });

  it('extensions follow the policy: one, up to 30 days, reasoned, before the term ends', () => {
    const run = investigating();
    expect(code(run, { type: 'ExtendInvestigation', days: 31, reason: 'r' })).toBe(
      'INVESTIGATION_EXTENSION_NOT_ALLOWED',
    );
    expect(code(run, { type: 'ExtendInvestigation', days: 0, reason: 'r' })).toBe(
      'INVESTIGATION_EXTENSION_NOT_ALLOWED',
    );
    expect(code(run, { type: 'ExtendInvestigation', days: 10, reason: ' ' })).toBe(
      'INVESTIGATION_EXTENSION_NOT_ALLOWED',
    );
    expect(code(run, { type: 'ExtendInvestigation', days: 10, reason: 'expertise' }, '2025-05-04')).toBe(
      'INVESTIGATION_EXTENSION_NOT_ALLOWED',
    );
    const extended = step(
      run,
      { type: 'ExtendInvestigation', days: 10, reason: 'awaiting expertise' },
      '2025-04-30',
    );
    expect(extended.state.investigation?.dueOn).toBe('2025-05-13');
    expect(
      rejection(extended, { type: 'ExtendInvestigation', days: 5, reason: 'again' }, '2025-05-01'),
    ).toMatchObject({
      code: 'INVESTIGATION_EXTENSION_NOT_ALLOWED',
      citation: 'art. 58 p.4; Qorgau policy: investigation extension',
    });
  });

  it('suspension with pay for at most one month (art. 38)', () => {
    const run = investigating();
    expect(code(run, { type: 'SuspendFromDuty', personRef: 'w', until: '2025-04-20' })).toBe('UNKNOWN_PARTY');
    expect(code(run, { type: 'SuspendFromDuty', personRef: 'a', until: '2025-04-01' })).toBe(
      'INVALID_COMMAND',
    );
    expect(code(run, { type: 'SuspendFromDuty', personRef: 'a', until: '2025-05-04' })).toBe(
      'SUSPENSION_TOO_LONG',
    );
    const s = step(run, { type: 'SuspendFromDuty', personRef: 'a', until: '2025-05-03' }, '2025-04-04');
    expect(s.state.suspensions).toEqual([
      { personRef: 'a', from: '2025-04-04', to: '2025-05-03', announcementDueOn: '2025-04-09' },
    ]);
  });

  it('the suspension order is announced within 3 working days (art. 38): a clock until then, late is recorded', () => {
    const run = investigating();
    const suspended = step(
      run,
      { type: 'SuspendFromDuty', personRef: 'a', until: '2025-05-03' },
      '2025-04-04',
    );
    const announcementClock = (r: Run, on: string) =>
      caseDeadlines(r.state, on).filter((d) => d.clock.clock === 'suspension-announcement');
    expect(announcementClock(suspended, '2025-04-04')).toEqual([
      expect.objectContaining({ personRef: 'a', clock: expect.objectContaining({ dueOn: '2025-04-09' }) }),
    ]);
    expect(code(suspended, { type: 'RecordSuspensionAnnouncement', personRef: 'b', outcome: 'signed' })).toBe(
      'INVALID_COMMAND',
    );
    expect(
      code(suspended, { type: 'RecordSuspensionAnnouncement', personRef: 'a', outcome: 'maybe' as 'signed' }),
    ).toBe('INVALID_COMMAND');

    const onTime = step(
      suspended,
      { type: 'RecordSuspensionAnnouncement', personRef: 'a', outcome: 'refused' },
      '2025-04-09',
    );
    expect(onTime.events.slice(suspended.events.length).map((e) => e.type)).toEqual(['SuspensionAnnounced']);
    expect(onTime.state.suspensions[0]).toMatchObject({
      announcedOn: '2025-04-09',
      announcementOutcome: 'refused',
    });
    expect(announcementClock(onTime, '2025-04-09')).toEqual([]);
    expect(
      code(onTime, { type: 'RecordSuspensionAnnouncement', personRef: 'a', outcome: 'signed' }, '2025-04-10'),
    ).toBe('INVALID_COMMAND');

    const late = step(
      suspended,
      { type: 'RecordSuspensionAnnouncement', personRef: 'a', outcome: 'signed' },
      '2025-04-10',
    );
    expect(late.events.slice(suspended.events.length).map((e) => e.type)).toEqual([
      'ProcedureDeadlineMissed',
      'SuspensionAnnounced',
    ]);
    expect(eventsOfType(late, 'ProcedureDeadlineMissed')[0]).toMatchObject({
      clock: 'suspension-announcement',
      dueOn: '2025-04-09',
      citation: 'art. 38',
    });
  });

  it('polygraph only with consent (art. 58 p.3-1)', () => {
    const run = investigating();
    expect(code(run, { type: 'RecordPolygraph', personRef: 'zz', consent: true })).toBe('UNKNOWN_PARTY');
    expect(
      rejection(run, { type: 'RecordPolygraph', personRef: 'a', consent: false }, '2025-04-04'),
    ).toMatchObject({
      code: 'POLYGRAPH_CONSENT_REQUIRED',
      citation: 'art. 58 p.3-1',
    });
    expect(
      step(run, { type: 'RecordPolygraph', personRef: 'a', consent: true }, '2025-04-04').state.polygraphs,
    ).toEqual([{ personRef: 'a', on: '2025-04-04' }]);
  });

  it('signs of a crime: materials handed over at once, the clocks pause pending the results (art. 58 p.9)', () => {
    const run = investigating();
    expect(code(run, { type: 'HandOverToCompetentBody', body: '', pauseId: 'p' })).toBe('INVALID_COMMAND');
    const handed = step(
      run,
      { type: 'HandOverToCompetentBody', body: 'Prosecutor', pauseId: 'pt' },
      '2025-04-04',
    );
    expect(handed.state).toMatchObject({
      handedOverTo: 'Prosecutor',
      pauses: [{ pauseId: 'pt', cause: 'pre-trial-investigation', from: '2025-04-04' }],
    });
    expect(code(handed, { type: 'HandOverToCompetentBody', body: 'Court', pauseId: 'pt' })).toBe(
      'INVALID_COMMAND',
    );
  });
});

describe('Protection Act in the investigation', () => {
  it('files and amends versions while the window is open, never after', () => {
    let run = investigating();
    expect(code(run, { type: 'FileProtectionAct', personRef: 'w', items: B_PROTECTION_ACT })).toBe(
      'UNKNOWN_PARTY',
    );
    run = step(
      run,
      { type: 'FileProtectionAct', personRef: 'b', items: B_PROTECTION_ACT.slice(0, 2) },
      '2025-04-07',
    );
    run = step(run, { type: 'FileProtectionAct', personRef: 'b', items: B_PROTECTION_ACT }, '2025-04-10');
    const act = run.state.protectionActs.find((r) => r.personRef === 'b');
    expect(act?.versions.map((v) => [v.version, v.items.length, v.filedOn])).toEqual([
      [1, 2, '2025-04-07'],
      [2, 6, '2025-04-10'],
    ]);
    expect(
      code(run, { type: 'FileProtectionAct', personRef: 'b', items: B_PROTECTION_ACT }, '2025-04-11'),
    ).toBe('PROTECTION_ACT_WINDOW_CLOSED');
  });

  it('extension requests and decisions', () => {
    let run = investigating();
    expect(
      code(run, { type: 'RequestProtectionActExtension', personRef: 'w', workingDays: 2, reason: 'r' }),
    ).toBe('UNKNOWN_PARTY');
    expect(
      code(run, { type: 'RequestProtectionActExtension', personRef: 'b', workingDays: 9, reason: 'r' }),
    ).toBe('PROTECTION_ACT_EXTENSION_INVALID');
    expect(
      code(run, { type: 'DecideProtectionActExtension', personRef: 'w', granted: true, reason: 'r' }),
    ).toBe('UNKNOWN_PARTY');
    expect(
      code(run, { type: 'DecideProtectionActExtension', personRef: 'b', granted: true, reason: 'r' }),
    ).toBe('PROTECTION_ACT_EXTENSION_INVALID');
    run = step(
      run,
      {
        type: 'RequestProtectionActExtension',
        personRef: 'b',
        workingDays: 2,
        reason: 'awaiting medical records',
      },
      '2025-04-09',
    );
    // While the request is undecided the conclusion waits.
    expect(
      code(
        run,
        {
          type: 'SubmitConclusion',
          findings: [],
          proposals: [],
          circumstances: [],
          protectionActReferences: {},
        },
        '2025-04-11',
      ),
    ).toBe('PROTECTION_ACT_EXTENSION_PENDING');
    run = step(
      run,
      { type: 'DecideProtectionActExtension', personRef: 'b', granted: true, reason: 'justified' },
      '2025-04-09',
    );
    expect(run.state.protectionActs.find((r) => r.personRef === 'b')?.window.closesOn).toBe('2025-04-14');
    expect(eventsOfType(run, 'ProtectionActExtensionDecided')).toHaveLength(1);
  });

  it('answers items with reasons', () => {
    let run = step(
      investigating(),
      { type: 'FileProtectionAct', personRef: 'b', items: B_PROTECTION_ACT },
      '2025-04-07',
    );
    const answer = {
      type: 'AnswerProtectionActItem',
      personRef: 'b',
      itemId: 'b-1',
      decision: 'refused',
      reason: 'admissible',
      answeredBy: 'inv',
    } as const;
    expect(code(run, { ...answer, personRef: 'w' }, '2025-04-08')).toBe('UNKNOWN_PARTY');
    expect(code(run, { ...answer, answeredBy: '' }, '2025-04-08')).toBe('INVALID_COMMAND');
    expect(code(run, { ...answer, itemId: 'b-99' }, '2025-04-08')).toBe('PROTECTION_ACT_ITEM_UNKNOWN');
    run = step(run, answer, '2025-04-08');
    expect(run.state.protectionActs.find((r) => r.personRef === 'b')?.answers).toEqual([
      {
        itemId: 'b-1',
        decision: 'refused',
        reason: 'admissible',
        answeredBy: 'inv',
        answeredAt: '2025-04-08T12:00:00+05:00',
        forVersion: 1,
      },
    ]);
  });
});
