import { eventsOfType, rejection, step } from '../test-support/fixtures';
import { explained, FINDINGS, penalty } from '../test-support/case-builder';

/** art. 57 p.17 through the decider: a new penalty in another case within the term keeps this one in force. */
describe('ExpirePenalty with the officer penalties in other cases', () => {
  const ordered = () =>
    step(
      explained({ a: 'admission', b: 'admission' }),
      {
        type: 'IssueOrder',
        issuedBy: 'head',
        basis: 'admission',
        penalties: [penalty('a', 'remark')],
        findings: FINDINGS,
      },
      '2025-04-03',
    );
  const elsewhere = { penaltyId: 'case-2/a/v9', imposedOn: '2025-06-02', expiresOn: '2025-12-02' };

  it('does not lapse at 6 months; the term runs on to the later penalty’s end, then it lapses', () => {
    let run = step(
      ordered(),
      { type: 'RecordOrderAnnouncement', personRef: 'a', outcome: 'signed' },
      '2025-04-03',
    );
    run = step(
      run,
      { type: 'ExpirePenalty', penaltyId: 'case-1/a/v1', otherCasePenalties: [elsewhere] },
      '2025-10-03',
    );
    expect(eventsOfType(run, 'PenaltyTermExtended')).toMatchObject([
      { penaltyId: 'case-1/a/v1', expiresOn: '2025-12-02', carriedBy: ['case-2/a/v9'] },
    ]);
    expect(run.state.penalties[0]).toMatchObject({ status: 'active', expiresOn: '2025-12-02' });
    expect(rejection(run, { type: 'ExpirePenalty', penaltyId: 'case-1/a/v1' }, '2025-12-01').code).toBe(
      'PENALTY_NOT_YET_EXPIRED',
    );
    run = step(
      run,
      { type: 'ExpirePenalty', penaltyId: 'case-1/a/v1', otherCasePenalties: [elsewhere] },
      '2025-12-02',
    );
    expect(run.state.penalties[0]?.status).toBe('expired');
    expect(run.state.stage).toBe('closed');
  });

  it('lapses at 6 months when the other penalty came before it or after its term', () => {
    const run = step(
      step(ordered(), { type: 'RecordOrderAnnouncement', personRef: 'a', outcome: 'signed' }, '2025-04-03'),
      {
        type: 'ExpirePenalty',
        penaltyId: 'case-1/a/v1',
        otherCasePenalties: [
          { penaltyId: 'old', imposedOn: '2025-01-02', expiresOn: '2025-07-02' },
          { penaltyId: 'late', imposedOn: '2025-10-03', expiresOn: '2026-04-03' },
        ],
      },
      '2025-10-03',
    );
    expect(run.state.penalties[0]?.status).toBe('expired');
  });
});
