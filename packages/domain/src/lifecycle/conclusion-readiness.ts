import { ERROR_CITATIONS } from '../errors/codes';
import { unansweredItems } from '../protection-act/answers';
import { isWindowOpen } from '../protection-act/window';
import type { LocalDate } from '../time/local-date';
import type { CaseState } from './state';

/** What still stands between an investigation and its conclusion (art. 58 p.7), as data for the people. */
export type ConclusionBlocker =
  | { readonly kind: 'extension-pending'; readonly personRef: string; readonly citation: string }
  | {
      readonly kind: 'window-open';
      readonly personRef: string;
      readonly closesOn: LocalDate;
      readonly citation: string;
    }
  | {
      readonly kind: 'item-unanswered';
      readonly personRef: string;
      readonly itemId: string;
      readonly citation: string;
    };

/**
 * Every reason the conclusion cannot be submitted yet on `today` for the Protection Act rules, all at once (the
 * decider refuses with the first): an undecided extension request, an open window, an item of a current version
 * without a reasoned answer. Empty: those rules allow it (the conclusion's own content is checked on submission).
 */
export function conclusionBlockers(s: CaseState, today: LocalDate): ConclusionBlocker[] {
  const out: ConclusionBlocker[] = [];
  for (const act of s.protectionActs) {
    if (act.window.pendingRequest !== null)
      out.push({
        kind: 'extension-pending',
        personRef: act.personRef,
        citation: ERROR_CITATIONS.PROTECTION_ACT_EXTENSION_PENDING,
      });
    else if (isWindowOpen(act.window, today))
      out.push({
        kind: 'window-open',
        personRef: act.personRef,
        closesOn: act.window.closesOn,
        citation: ERROR_CITATIONS.PROTECTION_ACT_WINDOW_OPEN,
      });
    for (const itemId of unansweredItems(act))
      out.push({
        kind: 'item-unanswered',
        personRef: act.personRef,
        itemId,
        citation: ERROR_CITATIONS.PROTECTION_ACT_ITEMS_UNANSWERED,
      });
  }
  return out;
}
