import { CsvError, parse } from 'csv-parse/sync';
import { COLUMNS, OPTIONAL_COLUMNS, type DirectoryFile, type DirectoryIssue } from './directory-model';
import { type RawRow } from './directory-rows';

/**
 * A personnel system's CSV (RFC 4180: comma-separated, double quotes, UTF-8 with or without BOM, header first)
 * as rows keyed by the documented column names, each with its line in the file (pure).
 */
export function readCsv(file: DirectoryFile, text: string): { rows: RawRow[]; issues: DirectoryIssue[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = error instanceof CsvError ? Number((error as CsvError & { lines?: number }).lines ?? 1) : 1;
    return { rows: [], issues: [{ file, line, column: null, rule: 'malformed_csv' }] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], issues: [{ file, line: 1, column: null, rule: 'empty_import' }] };
  const names = header.record.map((h) => h.trim().toLowerCase());
  const expected: readonly string[] = COLUMNS[file];
  const issues: DirectoryIssue[] = [
    ...expected
      .filter((c) => !OPTIONAL_COLUMNS.has(c) && !names.includes(c))
      .map((column) => ({ file, line: header.info.lines, column, rule: 'missing_column' as const })),
    ...names
      .filter((n) => !expected.includes(n))
      .map((column) => ({
        file,
        line: header.info.lines,
        column: column.slice(0, 60),
        rule: 'unknown_column' as const,
      })),
  ];
  if (issues.length > 0) return { rows: [], issues };
  const rows = body.map(({ record, info }) => ({
    line: info.lines,
    cells: Object.fromEntries(names.map((name, i) => [name, record[i]])),
  }));
  return { rows, issues };
}
