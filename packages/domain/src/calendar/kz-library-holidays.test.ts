import {
  computeLibraryHolidaysKz,
  libraryHolidaysKz,
  LIBRARY_HOLIDAY_TABLE_YEARS,
} from './kz-library-holidays';

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

  it('asks the library for a year outside it', () => {
    const year = LIBRARY_HOLIDAY_TABLE_YEARS.to + 1;
    expect(libraryHolidaysKz(year)).toEqual(computeLibraryHolidaysKz(year));
    expect(libraryHolidaysKz(year).length).toBeGreaterThan(5);
  });
});
