import { IntlMessageFormat } from 'intl-messageformat';
import { type Locale } from '../auth/principal';

/** Values a message may interpolate: text, numbers, and calendar days (`YYYY-MM-DD`) shown as dates. */
export type MessageParams = Readonly<Record<string, string | number>>;

// Legal days are calendar dates without a time zone: format them as UTC midnight, in UTC, so no zone shifts them.
const FORMATS = {
  date: { day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } },
} as const;

/** How `message` uses the value `name`: as a date (`{x, date, day}`), a select, or plain text. */
const usedAs = (message: string, name: string): 'date' | 'select' | 'text' => {
  const use = new RegExp(`\\{\\s*${name}\\s*,\\s*(date|select)\\b`).exec(message)?.[1];
  return use === 'date' || use === 'select' ? use : 'text';
};

const compiled = new Map<string, IntlMessageFormat>();

function formatter(message: string, locale: Locale): IntlMessageFormat {
  const key = `${locale}|${message}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(message, locale, FORMATS);
    compiled.set(key, format);
  }
  return format;
}

// Legal days (`YYYY-MM-DD`) formatted as dates become UTC midnight; ICU select keys cannot contain `-`, so
// `protection-act-window` is matched as `protection_act_window`. Values used as plain text stay as they are.
const values = (message: string, params: MessageParams): Record<string, string | number | Date> =>
  Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      if (typeof value !== 'string') return [name, value];
      const use = usedAs(message, name);
      if (use === 'select') return [name, value.replace(/-/g, '_')];
      return [name, use === 'date' ? new Date(`${value}T00:00:00Z`) : value];
    }),
  );

// Russian long dates end in the abbreviation "г."; a sentence's full stop right after it is not doubled.
const typography = (text: string): string => text.replace(/ г\.\./g, ' г.');

/**
 * An ICU MessageFormat message in `locale` with its values: plurals per language, `{day, date, day}` for legal
 * days, selects on domain words. The one formatter for notifications and problem+json texts.
 */
export function formatMessage(message: string, params: MessageParams, locale: Locale): string {
  return typography(String(formatter(message, locale).format(values(message, params))));
}
