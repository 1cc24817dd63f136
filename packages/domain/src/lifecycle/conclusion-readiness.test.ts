import { investigating } from '../test-support/case-builder';
import { step } from '../test-support/fixtures';
import { B_PROTECTION_ACT } from '../test-support/seed-case';
import { conclusionBlockers } from './conclusion-readiness';

describe('conclusionBlockers (art. 58 p.7)', () => {
  it('names the open window and every unanswered item at once, and nothing once all is answered', () => {
    let run = investigating();
    expect(conclusionBlockers(run.state, '2025-04-10')).toEqual(
      run.state.protectionActs.map((act) => ({
        kind: 'window-open',
        personRef: act.personRef,
        closesOn: '2025-04-10',
        citation: expect.stringContaining('art. 58 p.7') as unknown as string,
      })),
    );
    run = step(
      run,
      { type: 'FileProtectionAct', personRef: 'b', items: B_PROTECTION_ACT.slice(0, 2) },
      '2025-04-07',
    );
    expect(conclusionBlockers(run.state, '2025-04-11')).toEqual([
      expect.objectContaining({ kind: 'item-unanswered', personRef: 'b', itemId: 'b-1' }),
      expect.objectContaining({ kind: 'item-unanswered', personRef: 'b', itemId: 'b-2' }),
    ]);
    for (const itemId of ['b-1', 'b-2'])
      run = step(
        run,
        {
          type: 'AnswerProtectionActItem',
          personRef: 'b',
          itemId,
          decision: 'refused',
          reason: 'see conclusion',
          answeredBy: 'inv',
        },
        '2025-04-09',
      );
    expect(conclusionBlockers(run.state, '2025-04-11')).toEqual([]);
  });
});
