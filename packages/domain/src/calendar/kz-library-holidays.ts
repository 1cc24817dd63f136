import Holidays from 'date-holidays';
import type { LocalDate } from '../time/local-date';
import type { Localized } from './day-info';

/** A holiday as the maintained library knows it, before the weekend-transfer rule and decrees. */
export interface LibraryHoliday {
  readonly date: LocalDate;
  readonly rule: string;
  readonly name: Localized;
}

let library: Holidays | undefined;

const kz = (): Holidays => (library ??= new Holidays('KZ'));

/**
 * Public holidays of Kazakhstan for a year from `date-holidays`, without the library's own
 * substitute days: the transfer rule is applied by this package (see kz-calendar.ts), because the
 * library misplaces transfers when several holidays meet a weekend (e.g. Nauryz 2026).
 */
export function libraryHolidaysKz(year: number): LibraryHoliday[] {
  const byLang = (lang: keyof Localized) =>
    kz()
      .getHolidays(year, lang)
      .filter((h) => h.type === 'public' && !h.substitute);
  const kk = byLang('kk');
  const ru = byLang('ru');
  const en = byLang('en');
  return kk.map((h, i) => ({
    date: h.date.slice(0, 10),
    rule: h.rule,
    name: { kk: h.name, ru: ru[i]?.name ?? h.name, en: en[i]?.name ?? h.name },
  }));
}
