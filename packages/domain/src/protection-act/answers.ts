import { domainError, type DomainError } from '../errors/domain-error';
import type { ReasonKey } from '../errors/reasons';
import { err, ok, type Result } from '../result';
import type { Instant } from '../time/instant';
import type { AnswerDecision, ItemAnswer, ProtectionActItem, ProtectionActRecord } from './types';
import { currentItems, currentVersion, itemRevision } from './versions';

export const ANSWER_DECISIONS: readonly AnswerDecision[] = [
  'granted',
  'partly-granted',
  'refused',
  'verification-performed',
];

/** A reasoned answer to an item of the current version (granted / partly / refused + reason, or the verification done). */
export function answerItem(
  record: ProtectionActRecord,
  input: {
    readonly itemId: string;
    readonly decision: AnswerDecision;
    readonly reason: string;
    readonly verification?: string;
    readonly answeredBy: string;
  },
  answeredAt: Instant,
): Result<ItemAnswer, DomainError> {
  if (!currentItems(record).some((i) => i.id === input.itemId)) {
    return err(domainError('PROTECTION_ACT_ITEM_UNKNOWN', { item: input.itemId }));
  }
  const invalid = (key: ReasonKey) =>
    err(domainError('PROTECTION_ACT_ANSWER_INVALID', { item: input.itemId, reason: key }));
  if (!ANSWER_DECISIONS.includes(input.decision)) return invalid('ANSWER_DECISION_UNKNOWN');
  if (input.reason.trim().length === 0) return invalid('ANSWER_REASONS_MISSING');
  if (input.decision === 'verification-performed' && !input.verification?.trim()) {
    return invalid('VERIFICATION_UNDESCRIBED');
  }
  return ok({ ...input, answeredAt, forVersion: currentVersion(record) });
}

/** The current answer to an item: the latest one given against its current content. */
export function currentAnswer(record: ProtectionActRecord, itemId: string): ItemAnswer | undefined {
  const revision = itemRevision(record, itemId);
  return [...record.answers].reverse().find((a) => a.itemId === itemId && a.forVersion >= revision);
}

/** Items of the current version that still await a reasoned answer. */
export const unansweredItems = (record: ProtectionActRecord): string[] =>
  currentItems(record)
    .filter((i) => !currentAnswer(record, i.id))
    .map((i) => i.id);

/** The investigation cannot conclude while an item is unanswered. */
export function checkAllItemsAnswered(records: readonly ProtectionActRecord[]): DomainError | undefined {
  const missing = records.flatMap((r) => unansweredItems(r).map((id) => `${r.personRef}/${id}`));
  return missing.length > 0
    ? domainError('PROTECTION_ACT_ITEMS_UNANSWERED', { items: missing.join(', ') })
    : undefined;
}

/** The conclusion and the commission's decision reference every item of every subject's act. */
export function checkDecisionReferencesEveryItem(
  records: readonly ProtectionActRecord[],
  references: Readonly<Record<string, readonly string[]>>,
): DomainError | undefined {
  const missing = records.flatMap((r) =>
    currentItems(r)
      .filter((i) => !(references[r.personRef] ?? []).includes(i.id))
      .map((i) => `${r.personRef}/${i.id}`),
  );
  return missing.length > 0
    ? domainError('PROTECTION_ACT_ITEMS_NOT_REFERENCED', { items: missing.join(', ') })
    : undefined;
}

/** What the subject sees: each item of the current version with its answer (or none yet). */
export const answersForSubject = (
  record: ProtectionActRecord,
): { readonly item: ProtectionActItem; readonly answer: ItemAnswer | null }[] =>
  currentItems(record).map((item) => ({ item, answer: currentAnswer(record, item.id) ?? null }));
