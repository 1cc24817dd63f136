import type Holidays from 'date-holidays';
import type { LocalDate } from '../time/local-date';
import type { Localized } from './day-info';
import table from './kz-library-holidays-data.json';

/** A holiday as the maintained library knows it, before the weekend-transfer rule and decrees. */
export interface LibraryHoliday {
  readonly date: LocalDate;
  readonly rule: string;
  readonly name: Localized;
}

/** The years `kz-library-holidays-data.json` holds (scripts/generate-library-holidays.ts writes it). */
export const LIBRARY_HOLIDAY_TABLE_YEARS = { from: 2000, to: 2060 } as const;

const { names, years } = table as unknown as {
  names: Record<string, Localized>;
  years: Record<string, [LocalDate, string][]>;
};
const fromTable = (year: number): LibraryHoliday[] | undefined =>
  years[String(year)]?.map(([date, rule]) => ({ date, rule, name: names[rule]! }));

let library: Holidays | undefined;
// The package compiles to CommonJS (Node, and the workflow bundle's webpack); it declares no Node types of its own.
declare const require: (id: 'date-holidays') => typeof Holidays & { default?: typeof Holidays };

// Loaded on first use, not at import: evaluating date-holidays (every country's rules, moment-timezone's zones) cost
// each new case workflow ~10 % of its workflow thread's CPU under load, though the table answers every year it holds.
const kz = (): Holidays => {
  if (library) return library;
  const loaded = require('date-holidays');
  return (library = new (loaded.default ?? loaded)('KZ'));
};

/**
 * Public holidays of Kazakhstan for a year from `date-holidays`, without the library's own substitute days: the
 * transfer rule is applied by this package (see kz-calendar.ts), because the library misplaces transfers when
 * several holidays meet a weekend (e.g. Nauryz 2026). Read from the generated table for its years: building the
 * library's rules engine cost ~250 ms of CPU and megabytes in every case workflow (each has its own module state);
 * a unit test proves the table equals the library.
 */
export function libraryHolidaysKz(year: number): LibraryHoliday[] {
  return fromTable(year) ?? computeLibraryHolidaysKz(year);
}

/** The library's answer itself (the generator, the table's test, and years outside the table). */
export function computeLibraryHolidaysKz(year: number): LibraryHoliday[] {
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
