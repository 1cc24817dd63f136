import { formatMessage, type Locale, type MessageParams } from '@qorgau/service-kit';
import { TEMPLATES, type LocalizedMessage, type TemplateKey } from './catalog';

/** Values a template may interpolate: text, numbers, and calendar days (`YYYY-MM-DD`) shown as dates. */
export type TemplateParams = MessageParams;

/** The title and body of `template` in `locale` (ICU MessageFormat, the formatter problem+json texts use too). */
export function renderMessage(
  template: TemplateKey,
  params: TemplateParams,
  locale: Locale,
): LocalizedMessage {
  const message = TEMPLATES[template][locale];
  return {
    title: formatMessage(message.title, params, locale),
    body: formatMessage(message.body, params, locale),
  };
}
