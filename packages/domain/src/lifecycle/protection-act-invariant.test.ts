import fc from 'fast-check';
import { decide } from './decide';
import { evolve } from './evolve';
import { at, step } from '../test-support/fixtures';
import { FINDINGS, investigating, penalty } from '../test-support/case-builder';
import { B_PROTECTION_ACT } from '../test-support/seed-case';
import { unansweredItems } from '../protection-act/answers';

/**
 * Invariant: a case that reaches a conclusion has answered, and referenced, every Protection Act item
 * of every subject — whatever subset of items was filed and answered.
 */
describe('property: a decided case always answers every Protection Act item', () => {
  const base = investigating();

  it('holds for any filed subset, answered subset and referenced subset', () => {
    fc.assert(
      fc.property(
        fc.subarray(B_PROTECTION_ACT, { minLength: 1 }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (items, answered, referenced) => {
          let run = step(base, { type: 'FileProtectionAct', personRef: 'b', items }, '2025-04-07');
          items.forEach((item, i) => {
            if (answered[i]) {
              run = step(
                run,
                {
                  type: 'AnswerProtectionActItem',
                  personRef: 'b',
                  itemId: item.id,
                  decision: 'refused',
                  reason: 'r',
                  answeredBy: 'inv',
                },
                '2025-04-08',
              );
            }
          });
          const refs = items.filter((_, i) => referenced[i]).map((i) => i.id);
          const result = decide(
            run.state,
            {
              type: 'SubmitConclusion',
              findings: FINDINGS,
              proposals: [penalty('a', 'remark')],
              circumstances: [],
              protectionActReferences: { b: refs },
            },
            at('2025-04-11'),
          );
          const allAnswered = items.every((_, i) => answered[i]);
          const allReferenced = items.every((_, i) => referenced[i]);
          expect(result.ok).toBe(allAnswered && allReferenced);
          if (result.ok) {
            const after = result.value.reduce(evolve, run.state);
            expect(after.stage).toBe('conclusion-submitted');
            for (const act of after.protectionActs) expect(unansweredItems(act)).toEqual([]);
          } else {
            expect(['PROTECTION_ACT_ITEMS_UNANSWERED', 'PROTECTION_ACT_ITEMS_NOT_REFERENCED']).toContain(
              result.error.code,
            );
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
