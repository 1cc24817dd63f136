import { evolve, replay } from './evolve';
import { initialCaseState } from './state';
import type { CaseEvent } from './events';
import { investigating } from '../test-support/case-builder';

const meta = { caseId: 'c', at: '2025-04-01T12:00:00+05:00', on: '2025-04-01' };

describe('evolve: applies events, never rejects', () => {
  it('replays a history to the same state as step-by-step', () => {
    const run = investigating();
    expect(replay(initialCaseState('case-1'), run.events)).toEqual(run.state);
  });

  it('events that need a missing part leave the state as it is (besides the time)', () => {
    const s = initialCaseState('c');
    const events: CaseEvent[] = [
      { type: 'InvestigatorReplaced', ...meta, investigatorRef: 'x', reason: 'r' },
      { type: 'InvestigationExtended', ...meta, extension: { days: 1, reason: 'r' }, dueOn: '2025-05-01' },
      { type: 'ConclusionApproved', ...meta, approvedBy: 'h', familiarizationDueOn: '2025-04-04' },
      { type: 'FamiliarizationRecorded', ...meta, personRef: 'a', outcome: 'signed' },
      {
        type: 'CommissionSessionHeld',
        ...meta,
        presentRefs: [],
        recommendations: [],
        protectionActReferences: {},
        symmetricSanctionJustification: null,
      },
      {
        type: 'ProcedureDeadlineMissed',
        ...meta,
        clock: 'investigation',
        dueOn: '2025-03-01',
        citation: 'art. 58 p.4',
      },
      { type: 'AppealDecided', ...meta, appealId: 'zz', outcome: 'cancelled', reason: 'r' },
    ];
    for (const e of events) expect(evolve(s, e)).toEqual({ ...s, lastEventAt: meta.at });
  });

  it('a conclusion without an investigation (e.g. imported history) is still recorded', () => {
    const s = evolve(initialCaseState('c'), {
      type: 'ConclusionSubmitted',
      ...meta,
      investigatorRef: 'i',
      findings: [],
      proposals: [],
      circumstances: [],
      protectionActReferences: {},
      symmetricSanctionJustification: null,
      evidenceBasisFlags: [],
      approvalDueOn: '2025-04-04',
      endedProceeding: { kind: 'internal-investigation', endedOn: '2025-04-01' },
    });
    expect(s.investigation).toBeNull();
    expect(evolve(s, { type: 'ConclusionReturned', ...meta, reason: 'r' }).investigation).toBeNull();
  });

  it('an absence recorded without a new investigation date keeps the investigation', () => {
    const run = investigating();
    const next = evolve(run.state, {
      type: 'AbsenceRecorded',
      ...meta,
      at: '2025-04-05T12:00:00+05:00',
      absence: { personRef: 'a', kind: 'vacation', from: '2025-04-07', to: '2025-04-08' },
      investigationDueOn: null,
    });
    expect(next.investigation).toEqual(run.state.investigation);
  });
});
