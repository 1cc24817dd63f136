import { ERROR_MESSAGES } from '../errors/messages';
import { eventsOfType, rejection, start, step, type Run } from '../test-support/fixtures';
import {
  B_PROTECTION_ACT,
  FINDINGS as findings,
  IDENTICAL as identical,
  JUSTIFICATION as justification,
  SEED_REPORT,
} from '../test-support/seed-case';
import type { PenaltyDecision } from '../penalties/per-person';

/**
 * Replays the seed's case: a verbal conflict, a slap alleged without objective evidence, identical
 * penalties proposed for both officers. The evidence-basis flag and the symmetric-sanction guard fire;
 * with differentiated findings and a written justification the case proceeds.
 */
describe('scenario: the seed case (two officers, alleged slap, identical penalties)', () => {
  const references = { 'officer-a': [], 'officer-b': B_PROTECTION_ACT.map((i) => i.id) };

  let run: Run;
  beforeAll(() => {
    run = step(start('seed'), SEED_REPORT, '2025-02-04');
  });

  it('flags the slap allegation: physical harm without objective evidence', () => {
    expect(run.state.evidenceBasisFlags).toEqual([
      expect.objectContaining({
        kind: 'evidence-basis',
        allegationId: 'al-slap',
        byRef: 'officer-a',
        againstRef: 'officer-b',
      }),
    ]);
    expect(eventsOfType(run, 'EvidenceBasisFlagsChanged')).toHaveLength(1);
  });

  it('runs the investigation with officer B’s Protection Act answered item by item', () => {
    run = step(run, { type: 'RequestExplanations' }, '2025-02-05');
    run = step(
      run,
      { type: 'RecordExplanation', personRef: 'officer-a', kind: 'denial', documentRef: 'doc-a' },
      '2025-02-06',
    );
    run = step(
      run,
      { type: 'RecordExplanation', personRef: 'officer-b', kind: 'denial', documentRef: 'doc-b' },
      '2025-02-06',
    );
    run = step(
      run,
      { type: 'OrderInvestigation', orderedBy: 'head-1', investigatorRef: 'inv-1' },
      '2025-02-10',
    );
    expect(run.state.investigation?.dueOn).toBe('2025-03-10');
    expect(run.state.protectionActs.find((r) => r.personRef === 'officer-b')?.window.closesOn).toBe(
      '2025-02-17',
    );
    run = step(
      run,
      { type: 'FileProtectionAct', personRef: 'officer-b', items: B_PROTECTION_ACT },
      '2025-02-12',
    );
    for (const item of B_PROTECTION_ACT) {
      run = step(
        run,
        {
          type: 'AnswerProtectionActItem',
          personRef: 'officer-b',
          itemId: item.id,
          decision: item.id === 'b-3' ? 'verification-performed' : 'granted',
          reason: 'Considered in the conclusion',
          ...(item.id === 'b-3' ? { verification: 'The corridor camera was not recording that day' } : {}),
          answeredBy: 'inv-1',
        },
        '2025-02-14',
      );
    }
    // The still-open window blocks the conclusion: the minimum preparation time is guaranteed.
    expect(
      rejection(
        run,
        {
          type: 'SubmitConclusion',
          findings,
          proposals: identical,
          circumstances: [],
          protectionActReferences: references,
        },
        '2025-02-17',
      ).code,
    ).toBe('PROTECTION_ACT_WINDOW_OPEN');
  });

  it('fires the symmetric-sanction guard on identical proposals while facts are not established', () => {
    const error = rejection(
      run,
      {
        type: 'SubmitConclusion',
        findings,
        proposals: identical,
        circumstances: [],
        protectionActReferences: references,
      },
      '2025-02-18',
    );
    expect(error).toMatchObject({
      code: 'SYMMETRIC_SANCTION_JUSTIFICATION_REQUIRED',
      citation: 'art. 57 p.6; fairness guard: symmetric sanctions',
      params: { persons: 'officer-a + officer-b' },
    });
    const texts = ERROR_MESSAGES[error!.messageKey];
    expect(texts.en).toContain('require a written justification');
    expect(texts.ru).toContain('письменного обоснования');
    expect(texts.kk).toContain('жазбаша негіздемені');
  });

  it('proceeds once the findings are differentiated (different penalties per person)', () => {
    const differentiated: PenaltyDecision[] = [
      { personRef: 'officer-a', violationId: 'v-insults', penalty: 'remark' },
      { personRef: 'officer-b', violationId: 'v-insults', penalty: 'reprimand' },
    ];
    const next = step(
      run,
      {
        type: 'SubmitConclusion',
        findings,
        proposals: differentiated,
        circumstances: [],
        protectionActReferences: references,
      },
      '2025-02-18',
    );
    expect(next.state.stage).toBe('conclusion-submitted');
    expect(next.state.conclusion?.evidenceBasisFlags).toHaveLength(1);
  });

  it('proceeds with a written justification; the order offers a support plan to both officers', () => {
    run = step(
      run,
      {
        type: 'SubmitConclusion',
        findings,
        proposals: identical,
        circumstances: [
          { personRef: 'officer-a', mitigating: ['first-offence-with-admission'], aggravating: [] },
        ],
        protectionActReferences: references,
        symmetricSanctionJustification: justification,
      },
      '2025-02-18',
    );
    expect(run.state.conclusion?.symmetricSanctionJustification).toBe(justification);
    run = step(run, { type: 'ApproveConclusion', approvedBy: 'head-1' }, '2025-02-19');
    run = step(
      run,
      { type: 'RecordFamiliarization', personRef: 'officer-a', outcome: 'signed' },
      '2025-02-20',
    );
    run = step(
      run,
      { type: 'RecordFamiliarization', personRef: 'officer-b', outcome: 'signed' },
      '2025-02-20',
    );
    expect(run.state.stage).toBe('familiarized');
    // The order is a decision too: the guard fires again until the head justifies it.
    expect(
      rejection(
        run,
        { type: 'IssueOrder', issuedBy: 'head-1', basis: 'investigation', penalties: identical },
        '2025-02-21',
      ).code,
    ).toBe('SYMMETRIC_SANCTION_JUSTIFICATION_REQUIRED');
    run = step(
      run,
      {
        type: 'IssueOrder',
        issuedBy: 'head-1',
        basis: 'investigation',
        penalties: identical,
        symmetricSanctionJustification: justification,
      },
      '2025-02-21',
    );
    expect(run.state.stage).toBe('order-issued');
    expect(run.state.penalties.map((p) => [p.personRef, p.penalty, p.expiresOn])).toEqual([
      ['officer-a', 'reprimand', '2025-08-21'],
      ['officer-b', 'reprimand', '2025-08-21'],
    ]);
    const plans = eventsOfType(run, 'SupportPlansOffered').flatMap((e) => e.plans);
    expect(plans.map((p) => p.personRef)).toEqual(['officer-a', 'officer-b']);
    expect(plans[0]?.checkIns.map((c) => c.dueOn)).toEqual([
      '2025-02-28',
      '2025-03-23',
      '2025-05-22',
      '2025-08-20',
    ]);
  });
});
