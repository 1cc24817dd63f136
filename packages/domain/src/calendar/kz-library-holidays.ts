import type { LocalDate } from '../time/local-date';
import type { Localized } from './day-info';
import table from './kz-library-holidays-data.json';

/** A holiday as the maintained library knows it, before the weekend-transfer rule and decrees. */
export interface LibraryHoliday {
  readonly date: LocalDate;
  readonly rule: string;
  readonly name: Localized;
}

/**
 * The years `kz-library-holidays-data.json` holds (scripts/generate-library-holidays.ts writes it). Case days are
 * 2000-2099 at the services' edge; the deadlines they start end within a few years of them.
 */
export const LIBRARY_HOLIDAY_TABLE_YEARS = { from: 1990, to: 2120 } as const;

const { names, years } = table as unknown as {
  names: Record<string, Localized>;
  years: Record<string, [LocalDate, string][]>;
};

/**
 * Public holidays of Kazakhstan for a year, as `date-holidays` computes them (without its substitute days: the
 * transfer rule is applied by this package, see kz-calendar.ts, because the library misplaces transfers when
 * several holidays meet a weekend, e.g. Nauryz 2026). Read from a table generated from the library: evaluating the
 * library cost each new case workflow ~250 ms of CPU and megabytes of module state; a unit test proves the table
 * equals it. A year outside the table is a RangeError, never a guess.
 */
export function libraryHolidaysKz(year: number): LibraryHoliday[] {
  const held = years[String(year)];
  if (!held) {
    const { from, to } = LIBRARY_HOLIDAY_TABLE_YEARS;
    throw new RangeError(
      `no holiday table for ${year} (it holds ${from}-${to}; widen LIBRARY_HOLIDAY_TABLE_YEARS and run generate:holidays)`,
    );
  }
  return held.map(([date, rule]) => ({ date, rule, name: names[rule]! }));
}
