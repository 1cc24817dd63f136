import { type Locale } from '@qorgau/service-kit';
import { IntlMessageFormat } from 'intl-messageformat';
import { TEMPLATES, type LocalizedMessage, type TemplateKey } from './catalog';

/** Values a template may interpolate: text, numbers, and calendar days (`YYYY-MM-DD`) shown as dates. */
export type TemplateParams = Readonly<Record<string, string | number>>;

// Legal days are calendar dates without a time zone: format them as UTC midnight, in UTC, so no zone shifts them.
const FORMATS = {
  date: { day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } },
} as const;

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** ICU select keys cannot contain `-`, so `protection-act-window` is matched as `protection_act_window`. */
const SELECTORS: ReadonlySet<string> = new Set(['clock', 'penalty', 'decision', 'stage', 'outcome']);

const compiled = new Map<string, IntlMessageFormat>();

function formatter(template: TemplateKey, locale: Locale, part: keyof LocalizedMessage): IntlMessageFormat {
  const key = `${template}|${locale}|${part}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(TEMPLATES[template][locale][part], locale, FORMATS);
    compiled.set(key, format);
  }
  return format;
}

const values = (params: TemplateParams): Record<string, string | number | Date> =>
  Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      if (typeof value !== 'string') return [name, value];
      if (SELECTORS.has(name)) return [name, value.replace(/-/g, '_')];
      return [name, CALENDAR_DAY.test(value) ? new Date(`${value}T00:00:00Z`) : value];
    }),
  );

// Russian long dates end in the abbreviation "г."; a sentence's full stop right after it is not doubled.
const typography = (text: string): string => text.replace(/ г\.\./g, ' г.');

/** The title and body of `template` in `locale`. */
export function renderMessage(
  template: TemplateKey,
  params: TemplateParams,
  locale: Locale,
): LocalizedMessage {
  const input = values(params);
  return {
    title: typography(String(formatter(template, locale, 'title').format(input))),
    body: typography(String(formatter(template, locale, 'body').format(input))),
  };
}
