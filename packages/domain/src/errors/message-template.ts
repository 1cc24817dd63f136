import type { DomainError } from './domain-error';
import { ERROR_MESSAGES, type Language } from './messages';
import { isReasonKey, REASON_MESSAGES } from './reasons';

/**
 * An error's ICU template in one language, with `{reason}` replaced by the text of the reason key the error
 * carries, so the whole refusal reads in the reader's language and its reason's own values (`{id}`) format too.
 */
export function messageTemplate(error: Pick<DomainError, 'messageKey' | 'params'>, lang: Language): string {
  const template = ERROR_MESSAGES[error.messageKey][lang];
  const key = error.params.reason;
  return isReasonKey(key) ? template.replace('{reason}', REASON_MESSAGES[key][lang]) : template;
}
