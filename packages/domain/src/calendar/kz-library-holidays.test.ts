import { libraryHolidaysKz, LIBRARY_HOLIDAY_TABLE_YEARS } from './kz-library-holidays';
import { computeLibraryHolidaysKz } from './library-holidays-source';

describe('the generated table of date-holidays (kz-library-holidays-data.json)', () => {
  it('equals the library for every year it holds (regenerate: pnpm generate:holidays)', () => {
    const { from, to } = LIBRARY_HOLIDAY_TABLE_YEARS;
    for (let year = from; year <= to; year += 1) {
      expect({ year, holidays: libraryHolidaysKz(year) }).toEqual({
        year,
        holidays: computeLibraryHolidaysKz(year),
      });
    }
  });

  it('refuses a year outside it, naming the years it holds', () => {
    expect(() => libraryHolidaysKz(LIBRARY_HOLIDAY_TABLE_YEARS.to + 1)).toThrow(
      new RangeError(
        'no holiday table for 2121 (it holds 1990-2120; widen LIBRARY_HOLIDAY_TABLE_YEARS and run generate:holidays)',
      ),
    );
  });
});
