import { type TemplateKey } from '../templates/catalog';
import { type TemplateParams } from '../templates/render';

/** Tell `recipientRef` the message `template` with `params` (only what that person may read). */
export interface NotificationIntent {
  readonly recipientRef: string;
  readonly template: TemplateKey;
  readonly params: TemplateParams;
}

/** One message per person and template, even when a person holds several roles in a case. */
export function uniqueIntents(intents: readonly NotificationIntent[]): NotificationIntent[] {
  const seen = new Set<string>();
  return intents.filter((intent) => {
    const key = `${intent.recipientRef}\u0000${intent.template}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const tell = (
  refs: readonly string[],
  template: TemplateKey,
  params: TemplateParams,
): NotificationIntent[] => refs.map((recipientRef) => ({ recipientRef, template, params }));
