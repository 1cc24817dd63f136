import { step } from '../test-support/fixtures';
import { concluded, explained, investigating, penalty, reported } from '../test-support/case-builder';
import { caseDeadlines } from './queries';

const names = (d: ReturnType<typeof caseDeadlines>) =>
  d.map((x) => [x.clock.clock, x.clock.dueOn, x.personRef ?? null]);

describe('caseDeadlines: every running clock, when and why', () => {
  it('before an investigation: the limitation clock per person and violation', () => {
    expect(names(caseDeadlines(reported().state, '2025-04-01'))).toEqual([
      ['limitation-from-discovery', '2025-04-30', 'a'],
      ['limitation-from-discovery', '2025-04-30', 'b'],
    ]);
  });

  it('during the investigation: the month and each Protection Act window', () => {
    const d = caseDeadlines(investigating().state, '2025-04-04');
    expect(names(d).slice(2)).toEqual([
      ['investigation', '2025-05-03', null],
      ['protection-act-window', '2025-04-10', 'a'],
      ['protection-act-window', '2025-04-10', 'b'],
    ]);
  });

  it('after the conclusion: approval, then familiarization', () => {
    const submitted = concluded([penalty('a', 'remark')]);
    expect(names(caseDeadlines(submitted.state, '2025-04-11')).at(-1)).toEqual([
      'conclusion-approval',
      '2025-04-14',
      null,
    ]);
    const approved = step(submitted, { type: 'ApproveConclusion', approvedBy: 'head' }, '2025-04-14');
    expect(names(caseDeadlines(approved.state, '2025-04-14')).at(-1)).toEqual([
      'conclusion-familiarization',
      '2025-04-17',
      null,
    ]);
  });

  it('after the order: announcement, appeal, expiry and early lifting per penalty', () => {
    let run = step(
      explained({ a: 'admission', b: 'admission' }),
      {
        type: 'IssueOrder',
        issuedBy: 'head',
        basis: 'admission',
        penalties: [penalty('a', 'remark')],
        findings: [
          { personRef: 'a', facts: 'established', statement: 'admitted' },
          { personRef: 'b', facts: 'established', statement: 'admitted, not penalized' },
        ],
      },
      '2025-04-03',
    );
    expect(names(caseDeadlines(run.state, '2025-04-03'))).toEqual([
      ['order-announcement', '2025-04-08', 'a'],
      ['penalty-expiry', '2025-10-03', 'a'],
      ['early-lifting', '2025-04-03', 'a'],
    ]);
    run = step(run, { type: 'RecordOrderAnnouncement', personRef: 'a', outcome: 'signed' }, '2025-04-04');
    expect(names(caseDeadlines(run.state, '2025-04-04'))[0]).toEqual(['appeal', '2025-05-05', 'a']);
  });
});
