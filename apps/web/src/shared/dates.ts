import { type IntlShape } from 'react-intl';

// Browsers' Kazakh calendar data is often missing (Chromium prints "2026 M12 7"): Kazakh dates are written here
// in the usual form, "2026 жылғы 7 желтоқсан"; Russian and English use the browser's Intl.
const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

const ALMATY = 'Asia/Almaty';

/** Year, month (1-12), day, hour, minute of an instant on Kazakhstan's clock. */
function almatyParts(instant: Date) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ALMATY,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: get('year'),
    month: Number(get('month')),
    day: get('day'),
    time: `${get('hour')}:${get('minute')}`,
  };
}

/** A calendar day (YYYY-MM-DD, Kazakhstan) in the reader's language. */
export function formatDay(intl: IntlShape, day: string): string {
  const noon = new Date(`${day}T12:00:00Z`);
  if (intl.locale === 'kk') {
    const p = almatyParts(noon);
    return `${p.year} жылғы ${Number(p.day)} ${KK_MONTHS[p.month - 1]}`;
  }
  return intl.formatDate(noon, { day: 'numeric', month: 'long', year: 'numeric', timeZone: ALMATY });
}

/** An instant, as a date and time on Kazakhstan's clock, in the reader's language. */
export function formatInstant(intl: IntlShape, instant: string): string {
  if (intl.locale === 'kk') {
    const p = almatyParts(new Date(instant));
    return `${p.year} жылғы ${Number(p.day)} ${KK_MONTHS[p.month - 1]}, ${p.time}`;
  }
  return intl.formatDate(instant, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: ALMATY,
  });
}

/** Whole calendar days from `today` to `day` (both YYYY-MM-DD): plain arithmetic, no legal rule. */
export function calendarDaysBetween(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
