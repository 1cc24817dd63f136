import Holidays from 'date-holidays';
import type { Localized } from './day-info';
import type { LibraryHoliday } from './kz-library-holidays';

/**
 * Public holidays of Kazakhstan for a year as `date-holidays` computes them, without the library's own substitute
 * days (the transfer rule is applied by this package, see kz-calendar.ts). Only the table's generator
 * (scripts/generate-library-holidays.ts) and its test call this; nothing the package exports imports it, so the
 * library (every country's rules, moment-timezone's zones) is not evaluated in each case workflow.
 */
export function computeLibraryHolidaysKz(year: number): LibraryHoliday[] {
  const kz = new Holidays('KZ');
  const byLang = (lang: keyof Localized) =>
    kz.getHolidays(year, lang).filter((h) => h.type === 'public' && !h.substitute);
  const kk = byLang('kk');
  const ru = byLang('ru');
  const en = byLang('en');
  return kk.map((h, i) => ({
    date: h.date.slice(0, 10),
    rule: h.rule,
    name: { kk: h.name, ru: ru[i]?.name ?? h.name, en: en[i]?.name ?? h.name },
  }));
}
