import { createIntl } from 'react-intl';
import { calendarDaysBetween, formatDay, formatInstant } from './dates';

describe("dates in the reader's language", () => {
  it("writes Kazakh dates in the Kazakh form whatever the runtime's calendar data", () => {
    const kk = createIntl({ locale: 'kk', messages: {} });
    expect(formatDay(kk, '2026-12-14')).toBe('2026 жылғы 14 желтоқсан');
    expect(formatInstant(kk, '2026-12-06T23:56:00Z')).toBe('2026 жылғы 7 желтоқсан, 04:56');
  });

  it('uses Kazakhstan time for Russian and English', () => {
    const en = createIntl({ locale: 'en', messages: {} });
    expect(formatDay(en, '2026-03-07')).toBe('March 7, 2026');
    expect(formatInstant(en, '2026-12-06T23:56:00Z')).toContain('December 7, 2026');
  });

  it('counts calendar days between two days', () => {
    expect(calendarDaysBetween('2026-12-07', '2026-12-14')).toBe(7);
    expect(calendarDaysBetween('2026-12-14', '2026-12-07')).toBe(-7);
  });
});
