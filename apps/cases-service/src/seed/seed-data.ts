import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Role } from '@qorgau/service-kit';
import { type DataSource } from 'typeorm';
import { readCsv } from '../directory/directory-csv';
import { DIRECTORY_FILES, type DirectoryFile } from '../directory/directory-model';
import { planImport } from '../directory/directory-plan';
import { readBatch } from '../directory/directory-rows';
import { DirectoryRepository } from '../directory/directory.repository';

/**
 * The local directory is three CSV files in the personnel system's format (`seed/directory/`, copied next to the
 * build), imported exactly as an administrator's upload would be: row by row, all or nothing.
 * A department and one of its units; the people of the seed's case (officer-a, officer-b, colleague-c).
 */
export const SEED_FILES: Readonly<Record<DirectoryFile, string>> = Object.fromEntries(
  DIRECTORY_FILES.map((file) => [file, readFileSync(join(__dirname, 'directory', `${file}.csv`), 'utf8')]),
) as Record<DirectoryFile, string>;

function seedRows() {
  const files = DIRECTORY_FILES.map((file) => [file, readCsv(file, SEED_FILES[file])] as const);
  const issues = files.flatMap(([, read]) => read.issues);
  if (issues.length > 0) throw new Error(`the seed's CSV is invalid: ${JSON.stringify(issues)}`);
  return Object.fromEntries(files.map(([file, read]) => [file, read.rows]));
}

export interface SeedOfficer {
  readonly personRef: string;
  readonly unitId: string;
  readonly fullName: string;
  readonly roles: readonly Role[];
}

/** The seed's people, as its officers file lists them (for the dev tokens). */
export const SEED_OFFICERS: readonly SeedOfficer[] = readBatch(seedRows(), false).batch.officers.map(
  ({ value }) => ({
    personRef: value.personRef,
    unitId: value.unitId,
    fullName: value.fullName,
    roles: value.roles,
  }),
);

/**
 * Imports the seed's CSV: running it again changes nothing. The initial load of a fresh directory is not an
 * administrator's change, so it writes no audit entries (every later change does).
 */
export async function seedDirectory(dataSource: DataSource): Promise<void> {
  const repository = new DirectoryRepository(dataSource);
  await repository.exclusively(async (manager) => {
    const planned = planImport(await repository.snapshot(manager), readBatch(seedRows(), false).batch);
    if (!planned.ok)
      throw new Error(`the seed does not fit the directory: ${JSON.stringify(planned.issues)}`);
    await repository.write(manager, planned.plan);
  });
}
