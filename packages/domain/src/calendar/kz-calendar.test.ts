import { createKazakhstanCalendar, defaultKzCorrections, kazakhstanCalendar } from './kz-calendar';
import { correctionProblems, parseCalendarCorrections, type CalendarCorrections } from './corrections';
import { assertCalendarCovers, calendarCoverageProblem, yearCoverage, yearsNeededAt } from './coverage';
import { libraryHolidaysKz } from './kz-library-holidays';
import { isWorkingDay } from './working-days';

const kind = (date: string) => kazakhstanCalendar.dayInfo(date).kind;
const off = (date: string) => !isWorkingDay(kazakhstanCalendar, date);

describe('Kazakhstan working-day calendar', () => {
  it('weekends are days off, weekdays working', () => {
    expect(kind('2025-04-12')).toBe('weekend');
    expect(kind('2025-04-14')).toBe('working-day');
  });

  it('New Year: 1-2 January', () => {
    expect(off('2025-01-01') && off('2025-01-02')).toBe(true);
    expect(kazakhstanCalendar.dayInfo('2025-01-01').name).toMatchObject({ en: "New Year's Day" });
  });

  it('International Women’s Day: 8 March, moved to Monday 10 March 2025 (Saturday)', () => {
    expect(kind('2024-03-08')).toBe('public-holiday');
    expect(kind('2025-03-08')).toBe('public-holiday');
    expect(kind('2025-03-10')).toBe('holiday-transfer');
    expect(kind('2025-03-11')).toBe('working-day');
  });

  it('Nauryz: 21-23 March, weekend days moved to the next working days after the holiday', () => {
    // 2024: 23 March is a Saturday → Monday 25 March off.
    expect(['2024-03-21', '2024-03-22', '2024-03-25'].every(off)).toBe(true);
    expect(kind('2024-03-25')).toBe('holiday-transfer');
    // 2025: 22-23 March fall on the weekend → 24 and 25 March off.
    expect(['2025-03-21', '2025-03-24', '2025-03-25'].every(off)).toBe(true);
    expect(kind('2025-03-26')).toBe('working-day');
    // 2026: 21-22 on the weekend, 23 a Monday holiday → 24 and 25 March off (the library alone misses 25).
    expect(['2026-03-23', '2026-03-24', '2026-03-25'].every(off)).toBe(true);
    expect(kind('2026-03-26')).toBe('working-day');
    // 2020, known official calendar: 21-25 March off.
    expect(['2020-03-23', '2020-03-24', '2020-03-25'].every(off)).toBe(true);
  });

  it('Unity Day 1 May, Defender’s Day 7 May, Victory Day 9 May', () => {
    expect(['2025-05-01', '2025-05-07', '2025-05-09'].every(off)).toBe(true);
    // 2022: 1 May Sunday → 2 May; 7 May Saturday → 10 May (9 May is itself a holiday).
    expect(kind('2022-05-02')).toBe('holiday-transfer');
    expect(kind('2022-05-10')).toBe('holiday-transfer');
    // 2026: 9 May Saturday → Monday 11 May.
    expect(kind('2026-05-11')).toBe('holiday-transfer');
  });

  it('Capital Day 6 July, moved to Monday when on a weekend', () => {
    expect(off('2026-07-06')).toBe(true);
    expect(kind('2025-07-07')).toBe('holiday-transfer');
    expect(kind('2024-07-08')).toBe('holiday-transfer');
  });

  it('Constitution Day 30 August (until 2025)', () => {
    expect(kind('2024-08-30')).toBe('public-holiday');
    expect(kind('2025-09-01')).toBe('holiday-transfer');
    // From 2026 the library moves it to 15 March; the data file removes 2026 (observed from 2027).
    expect(kind('2026-08-31')).toBe('working-day');
    expect(kind('2026-03-16')).toBe('working-day');
  });

  it('Republic Day 25 October (since 2022) and Independence Day 16 December', () => {
    expect(kind('2024-10-25')).toBe('public-holiday');
    expect(kind('2025-10-27')).toBe('holiday-transfer');
    expect(kind('2021-10-25')).toBe('working-day');
    expect(kind('2025-12-16')).toBe('public-holiday');
    expect(kind('2025-12-17')).toBe('working-day');
  });

  it('religious days off (Orthodox Christmas, Kurban Ait) are not moved from weekends', () => {
    expect(kind('2025-01-07')).toBe('public-holiday');
    expect(kind('2025-06-06')).toBe('public-holiday');
    // 16 June 2024 (Kurban Ait) was a Sunday: Monday 17 June stayed a working day.
    expect(kind('2024-06-17')).toBe('working-day');
  });

  it('applies the yearly transfer decrees from the data file', () => {
    expect(kind('2024-05-04')).toBe('decree-working-day');
    expect(isWorkingDay(kazakhstanCalendar, '2024-05-04')).toBe(true);
    expect(kind('2024-05-08')).toBe('decree-day-off');
    expect(kind('2025-01-03')).toBe('decree-day-off');
    expect(kind('2023-07-07')).toBe('decree-day-off');
    expect(kazakhstanCalendar.dayInfo('2023-07-07').source).toContain('Labour Code of RK art. 85 p.3');
  });

  it('a holiday transfer may reach into the next year and is found from either year', () => {
    const calendar = createKazakhstanCalendar({
      holidaySource: (year) => [
        { date: `${year}-12-31`, rule: '12-31', name: { kk: 'x', ru: 'x', en: 'Eve' } },
      ],
    });
    // 31 December 2022 was a Saturday → Monday 2 January 2023.
    expect(calendar.dayInfo('2023-01-02')).toMatchObject({ kind: 'holiday-transfer', name: { en: 'Eve' } });
  });

  it('the data file can add and remove holidays per year', () => {
    const corrections: CalendarCorrections = {
      nonTransferableRules: [],
      years: {
        '2030': {
          status: 'derived',
          holidaysAdded: [
            {
              date: '2030-06-03',
              name: { kk: 'Жаңа', ru: 'Новый', en: 'New' },
              transferable: true,
              source: 'test law',
            },
          ],
          holidaysRemoved: [{ date: '2030-05-01', reason: 'test' }],
        },
      },
    };
    const calendar = createKazakhstanCalendar({ corrections });
    expect(calendar.dayInfo('2030-06-03')).toMatchObject({ kind: 'public-holiday', source: 'test law' });
    expect(calendar.dayInfo('2030-05-01').kind).toBe('working-day');
  });

  it('reads holidays from date-holidays (KZ) in three languages', () => {
    const nauryz = libraryHolidaysKz(2025).filter((h) => h.date.startsWith('2025-03-2'));
    expect(nauryz.map((h) => h.date)).toEqual(['2025-03-21', '2025-03-22', '2025-03-23']);
    expect(nauryz[0]?.name).toEqual({ kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' });
  });
});

describe('calendar corrections data file', () => {
  it('the shipped file is valid', () => {
    expect(correctionProblems(defaultKzCorrections)).toEqual([]);
  });

  it('reports every malformed entry', () => {
    expect(correctionProblems(null)).toEqual(['corrections must be an object']);
    expect(correctionProblems({ nonTransferableRules: 'x', years: 1 })).toEqual([
      'nonTransferableRules must be a list of library rule prefixes',
      'years must be an object keyed by year',
    ]);
    const problems = correctionProblems({
      nonTransferableRules: [],
      years: {
        '2025': {
          status: 'official',
          transfers: [{ from: '2024-01-01', to: '2025-01-02', source: 's' }],
          holidaysAdded: [{ date: '2025-01-01', name: { kk: 'a' }, transferable: true, source: 's' }],
          holidaysRemoved: [{ date: '2025-01-01' }],
        },
        '2026': 'nope',
        '2027': { status: 'official', transfers: 'nope' },
        '2028': { status: 'guessed' },
      },
    });
    expect(problems).toEqual([
      '2025.transfers[0]: needs from/to dates in 2025 and a source',
      '2025.holidaysAdded[0]: needs date in 2025, kk/ru/en name, transferable, source',
      '2025.holidaysRemoved[0]: needs date in 2025 and a reason',
      '2026: must be an object',
      '2027.transfers: must be a list',
      '2028.status: must be "official" (checked against the published acts) or "derived"',
    ]);
    expect(() => parseCalendarCorrections({})).toThrow(/Invalid calendar corrections/);
  });
});

describe('2027 and the years a service needs', () => {
  it('2027: the fixed dates with their weekend transfers, derived (no decree yet)', () => {
    const daysOff: string[] = [];
    for (
      let d = new Date(Date.UTC(2027, 0, 1));
      d.getUTCFullYear() === 2027;
      d.setUTCDate(d.getUTCDate() + 1)
    ) {
      const date = d.toISOString().slice(0, 10);
      const info = kazakhstanCalendar.dayInfo(date);
      if (!info.working && info.kind !== 'weekend') daysOff.push(`${date} ${info.kind}`);
    }
    expect(daysOff).toEqual([
      '2027-01-01 public-holiday',
      '2027-01-02 public-holiday',
      '2027-01-04 holiday-transfer',
      '2027-01-07 public-holiday',
      '2027-03-08 public-holiday',
      '2027-03-15 public-holiday',
      '2027-03-21 public-holiday',
      '2027-03-22 public-holiday',
      '2027-03-23 public-holiday',
      '2027-03-24 holiday-transfer',
      '2027-05-01 public-holiday',
      '2027-05-03 holiday-transfer',
      '2027-05-07 public-holiday',
      '2027-05-09 public-holiday',
      '2027-05-10 holiday-transfer',
      '2027-05-16 public-holiday',
      '2027-07-06 public-holiday',
      '2027-10-25 public-holiday',
      '2027-12-16 public-holiday',
    ]);
    expect(yearCoverage(2027)).toBe('derived');
    expect(yearCoverage(2025)).toBe('official');
  });

  it('every year from 2023 to 2027 has data; a service needs this year and the next', () => {
    expect([2023, 2024, 2025, 2026, 2027].map((y) => yearCoverage(y))).not.toContain('missing');
    expect(yearsNeededAt('2026-12-31T20:00:00+00:00')).toEqual([2027, 2028]); // already 1 January in Astana
    expect(yearsNeededAt('2026-12-06T12:00:00+05:00')).toEqual([2026, 2027]);
  });

  it('a missing year is a startup error naming the year, never a silent fallback', () => {
    expect(calendarCoverageProblem([2026, 2027])).toBeUndefined();
    expect(() => assertCalendarCovers('2026-12-06T12:00:00+05:00')).not.toThrow();
    expect(calendarCoverageProblem([2027, 2028, 2029])).toMatch(/no data for 2028, 2029/);
    expect(() => assertCalendarCovers('2027-06-01T12:00:00+05:00')).toThrow(/no data for 2028\b/);
    const without2027 = {
      ...defaultKzCorrections,
      years: Object.fromEntries(Object.entries(defaultKzCorrections.years).filter(([y]) => y !== '2027')),
    };
    expect(() => assertCalendarCovers('2026-03-01T12:00:00+05:00', without2027)).toThrow(
      /no data for 2027\b/,
    );
  });
});
