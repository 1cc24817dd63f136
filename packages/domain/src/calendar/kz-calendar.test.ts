import { createKazakhstanCalendar, defaultKzCorrections, kazakhstanCalendar } from './kz-calendar';
import { correctionProblems, parseCalendarCorrections, type CalendarCorrections } from './corrections';
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
          transfers: [{ from: '2024-01-01', to: '2025-01-02', source: 's' }],
          holidaysAdded: [{ date: '2025-01-01', name: { kk: 'a' }, transferable: true, source: 's' }],
          holidaysRemoved: [{ date: '2025-01-01' }],
        },
        '2026': 'nope',
        '2027': { transfers: 'nope' },
      },
    });
    expect(problems).toEqual([
      '2025.transfers[0]: needs from/to dates in 2025 and a source',
      '2025.holidaysAdded[0]: needs date in 2025, kk/ru/en name, transferable, source',
      '2025.holidaysRemoved[0]: needs date in 2025 and a reason',
      '2026: must be an object',
      '2027.transfers: must be a list',
    ]);
    expect(() => parseCalendarCorrections({})).toThrow(/Invalid calendar corrections/);
  });
});
