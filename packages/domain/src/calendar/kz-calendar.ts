import { addDays, weekdayOf, yearOf, type LocalDate } from '../time/local-date';
import rawCorrections from './kz-calendar-data.json';
import { parseCalendarCorrections, type CalendarCorrections, type YearCorrections } from './corrections';
import type { DayInfo, Localized, WorkingCalendar } from './day-info';
import { libraryHolidaysKz, type LibraryHoliday } from './kz-library-holidays';

export const KZ_HOLIDAYS_CITATION =
  'Law of RK "On holidays in the Republic of Kazakhstan"; Labour Code of RK art. 84';
/** National and state holidays on a weekend move the day off to the next working day after the holiday. */
export const KZ_WEEKEND_TRANSFER_CITATION = 'Law of RK "On holidays in the Republic of Kazakhstan" art. 5';
/** The Government (ministry) may move days off to other working days. */
export const KZ_DECREE_TRANSFER_CITATION = 'Labour Code of RK art. 85 p.3';

/** The corrections shipped with the package (src/calendar/kz-calendar-data.json), validated at load. */
export const defaultKzCorrections: CalendarCorrections = parseCalendarCorrections(rawCorrections);

interface Holiday {
  readonly date: LocalDate;
  readonly name: Localized;
  readonly transferable: boolean;
  readonly source: string;
}

const isWeekend = (date: LocalDate): boolean => weekdayOf(date) >= 6;

export type HolidaySource = (year: number) => readonly LibraryHoliday[];

function holidaysOf(year: number, corrections: CalendarCorrections, source: HolidaySource): Holiday[] {
  const yearFix: Partial<YearCorrections> = corrections.years[String(year)] ?? {};
  const removed = new Set((yearFix.holidaysRemoved ?? []).map((r) => r.date));
  const fromLibrary = source(year)
    .filter((h) => !removed.has(h.date))
    .map((h) => ({
      date: h.date,
      name: h.name,
      transferable: !corrections.nonTransferableRules.some((rule) => h.rule.startsWith(rule)),
      source: KZ_HOLIDAYS_CITATION,
    }));
  return [...fromLibrary, ...(yearFix.holidaysAdded ?? [])].sort((a, b) => a.date.localeCompare(b.date));
}

/** Every non-ordinary day caused by one year's holidays and decrees (transfers may reach into January). */
function specialDaysOf(
  year: number,
  corrections: CalendarCorrections,
  source: HolidaySource,
): Map<LocalDate, DayInfo> {
  const days = new Map<LocalDate, DayInfo>();
  const holidays = holidaysOf(year, corrections, source);
  for (const h of holidays) {
    days.set(h.date, {
      date: h.date,
      working: false,
      kind: 'public-holiday',
      name: h.name,
      source: h.source,
    });
  }
  for (const h of holidays) {
    if (!h.transferable || !isWeekend(h.date)) continue;
    let target = addDays(h.date, 1);
    while (isWeekend(target) || days.has(target)) target = addDays(target, 1);
    days.set(target, {
      date: target,
      working: false,
      kind: 'holiday-transfer',
      name: h.name,
      source: KZ_WEEKEND_TRANSFER_CITATION,
    });
  }
  for (const t of corrections.years[String(year)]?.transfers ?? []) {
    const source = `${KZ_DECREE_TRANSFER_CITATION}: ${t.source}`;
    days.set(t.from, { date: t.from, working: true, kind: 'decree-working-day', source });
    days.set(t.to, { date: t.to, working: false, kind: 'decree-day-off', source });
  }
  return days;
}

export interface KazakhstanCalendarOptions {
  /** Per-year corrections; defaults to the package's data file. */
  readonly corrections?: CalendarCorrections;
  /** Holiday source; defaults to date-holidays. Replaceable for tests of the transfer rule. */
  readonly holidaySource?: HolidaySource;
}

/**
 * The Kazakhstan five-day-week calendar: Saturday and Sunday off, public holidays off, a holiday
 * falling on a weekend moves the day off to the next working day, and transfer decrees on top.
 */
export function createKazakhstanCalendar(options: KazakhstanCalendarOptions = {}): WorkingCalendar {
  const corrections = options.corrections ?? defaultKzCorrections;
  const source = options.holidaySource ?? libraryHolidaysKz;
  const cache = new Map<number, Map<LocalDate, DayInfo>>();
  const yearDays = (year: number): Map<LocalDate, DayInfo> => {
    let days = cache.get(year);
    if (!days) {
      days = specialDaysOf(year, corrections, source);
      cache.set(year, days);
    }
    return days;
  };
  return {
    id: 'KZ',
    dayInfo(date: LocalDate): DayInfo {
      const year = yearOf(date);
      const special = yearDays(year).get(date) ?? yearDays(year - 1).get(date);
      if (special) return special;
      return isWeekend(date)
        ? { date, working: false, kind: 'weekend' }
        : { date, working: true, kind: 'working-day' };
    },
  };
}

/** The shared default calendar (lazy per year, deterministic). */
export const kazakhstanCalendar: WorkingCalendar = createKazakhstanCalendar();
