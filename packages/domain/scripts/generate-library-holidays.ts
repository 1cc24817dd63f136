// Writes src/calendar/kz-library-holidays-data.json: date-holidays' public holidays of Kazakhstan for the years
// the table covers, so a workflow reads a table instead of building the library's rules engine for every case.
// Run after upgrading date-holidays: `pnpm --filter @qorgau/domain generate:holidays` (a unit test fails until then).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIBRARY_HOLIDAY_TABLE_YEARS } from '../src/calendar/kz-library-holidays';
import { computeLibraryHolidaysKz } from '../src/calendar/library-holidays-source';

const { from, to } = LIBRARY_HOLIDAY_TABLE_YEARS;
// Names by rule once (they do not change between years), then each year's [date, rule] pairs.
const names: Record<string, unknown> = {};
const years: Record<string, [string, string][]> = {};
for (let year = from; year <= to; year += 1) {
  years[String(year)] = computeLibraryHolidaysKz(year).map((h) => {
    const known = names[h.rule];
    if (known !== undefined && JSON.stringify(known) !== JSON.stringify(h.name))
      throw new Error(`${h.rule} has other names in ${year}: store names per year`);
    names[h.rule] = h.name;
    return [h.date, h.rule];
  });
}
const file = join(__dirname, '..', 'src', 'calendar', 'kz-library-holidays-data.json');
writeFileSync(
  file,
  `${JSON.stringify({ source: 'date-holidays (KZ, public, no substitutes)', names, years })}\n`,
);
process.stdout.write(`${file}: ${from}–${to}\n`);
