import { isLocalDate, yearOf, type LocalDate } from '../time/local-date';
import type { Localized } from './day-info';

/** A transfer decree: the rest day `from` becomes a working day and the working day `to` a day off. */
export interface DayOffTransfer {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly source: string;
}

export interface AddedHoliday {
  readonly date: LocalDate;
  readonly name: Localized;
  /** Whether a coincidence with a weekend moves the day off (national/state holidays: yes; religious: no). */
  readonly transferable: boolean;
  readonly source: string;
}

export interface RemovedHoliday {
  readonly date: LocalDate;
  readonly reason: string;
}

/**
 * Where a year's data comes from: `official` when its days off and transfers were checked against the published
 * acts (the Government's or Ministry's transfer decree; an empty `transfers` then means none was decreed),
 * `derived` when they follow only from the fixed holiday dates and the moving rules (no decree known yet).
 */
export type YearDataStatus = 'official' | 'derived';

export interface YearCorrections {
  readonly status: YearDataStatus;
  /** What is official and what is derived, in words, with the acts checked. */
  readonly note?: string;
  readonly transfers?: readonly DayOffTransfer[];
  readonly holidaysAdded?: readonly AddedHoliday[];
  readonly holidaysRemoved?: readonly RemovedHoliday[];
}

/** The data file's shape: per-year corrections plus the library rules that never move to a working day. */
export interface CalendarCorrections {
  readonly nonTransferableRules: readonly string[];
  readonly years: Readonly<Record<string, YearCorrections>>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isLocalized = (v: unknown): v is Localized =>
  isObject(v) && isText(v.kk) && isText(v.ru) && isText(v.en);

/** Lists what is wrong with a corrections file (empty when valid), so a bad edit fails loudly at load. */
export function correctionProblems(data: unknown): string[] {
  if (!isObject(data)) return ['corrections must be an object'];
  const problems: string[] = [];
  if (!Array.isArray(data.nonTransferableRules) || !data.nonTransferableRules.every(isText)) {
    problems.push('nonTransferableRules must be a list of library rule prefixes');
  }
  if (!isObject(data.years)) return [...problems, 'years must be an object keyed by year'];
  for (const [year, entry] of Object.entries(data.years)) {
    if (!isObject(entry)) {
      problems.push(`${year}: must be an object`);
      continue;
    }
    if (entry.status !== 'official' && entry.status !== 'derived') {
      problems.push(`${year}.status: must be "official" (checked against the published acts) or "derived"`);
    }
    const inYear = (d: unknown): boolean => isLocalDate(d) && String(yearOf(d)) === year;
    const list = (key: string): unknown[] => {
      const v = entry[key];
      if (v === undefined) return [];
      if (Array.isArray(v)) return v;
      problems.push(`${year}.${key}: must be a list`);
      return [];
    };
    list('transfers').forEach((t, i) => {
      if (!isObject(t) || !inYear(t.from) || !inYear(t.to) || !isText(t.source)) {
        problems.push(`${year}.transfers[${i}]: needs from/to dates in ${year} and a source`);
      }
    });
    list('holidaysAdded').forEach((h, i) => {
      if (
        !isObject(h) ||
        !inYear(h.date) ||
        !isLocalized(h.name) ||
        typeof h.transferable !== 'boolean' ||
        !isText(h.source)
      ) {
        problems.push(
          `${year}.holidaysAdded[${i}]: needs date in ${year}, kk/ru/en name, transferable, source`,
        );
      }
    });
    list('holidaysRemoved').forEach((h, i) => {
      if (!isObject(h) || !inYear(h.date) || !isText(h.reason)) {
        problems.push(`${year}.holidaysRemoved[${i}]: needs date in ${year} and a reason`);
      }
    });
  }
  return problems;
}

export function parseCalendarCorrections(data: unknown): CalendarCorrections {
  const problems = correctionProblems(data);
  if (problems.length > 0) throw new Error(`Invalid calendar corrections: ${problems.join('; ')}`);
  return data as CalendarCorrections;
}
