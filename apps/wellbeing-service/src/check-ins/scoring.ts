import { DIMENSIONS, ITEM_IDS, optionOf, QUESTIONNAIRE, type Dimension, type ItemId } from './questionnaire';

export type Answers = Readonly<Record<ItemId, string>>;

/** Items whose worst answer alone calls for urgent follow-up: isolation and strain/burnout. */
export const WORST_LEVEL_ITEMS: readonly ItemId[] = ['isolation', 'strain', 'burnout'];
export const WORST_POINTS = 3;
export const MAX_TOTAL = QUESTIONNAIRE.length * WORST_POINTS;
/** Two thirds of the maximum (14 of 21): a broadly bad picture even without one extreme answer. */
export const URGENT_TOTAL_THRESHOLD = 14;

export type UrgentReason = `worst-level:${ItemId}` | 'total-at-or-above-threshold' | 'contact-requested';

export interface CheckInScore {
  readonly total: number;
  readonly byDimension: Readonly<Record<Dimension, number>>;
  readonly urgent: boolean;
  readonly reasons: readonly UrgentReason[];
}

/**
 * Scores a complete self check-in. Urgent follow-up when any of: an isolation/strain/burnout item at the
 * worst level, a total of 14 or more (of 21), or a contact request. Pure; throws on an unknown option
 * because validation must have caught it already.
 */
export function scoreCheckIn(answers: Answers, contactRequested: boolean): CheckInScore {
  const byDimension = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
  const reasons: UrgentReason[] = [];
  let total = 0;
  for (const item of QUESTIONNAIRE) {
    const option = optionOf(item.id, answers[item.id]);
    if (!option) throw new Error(`no option "${answers[item.id]}" for item ${item.id}`);
    total += option.points;
    byDimension[item.dimension] += option.points;
    if (option.points === WORST_POINTS && WORST_LEVEL_ITEMS.includes(item.id)) {
      reasons.push(`worst-level:${item.id}`);
    }
  }
  if (total >= URGENT_TOTAL_THRESHOLD) reasons.push('total-at-or-above-threshold');
  if (contactRequested) reasons.push('contact-requested');
  return { total, byDimension, urgent: reasons.length > 0, reasons };
}

export const isCompleteAnswers = (value: Record<string, string>): value is Answers =>
  ITEM_IDS.every((id) => optionOf(id, value[id] ?? '') !== undefined);
