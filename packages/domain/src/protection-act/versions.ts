import { domainError, type DomainError } from '../errors/domain-error';
import { err, ok, type Result } from '../result';
import type { Instant } from '../time/instant';
import type { LocalDate } from '../time/local-date';
import { checkItems } from './items';
import type { ProtectionActItem, ProtectionActRecord, ProtectionActVersion } from './types';
import { isWindowOpen } from './window';

/** A new version of the act, appended; earlier versions stay as they were (nothing is overwritten). */
export function fileProtectionActVersion(
  record: ProtectionActRecord,
  items: readonly ProtectionActItem[],
  filedAt: Instant,
  filedOn: LocalDate,
): Result<ProtectionActVersion, DomainError> {
  if (!isWindowOpen(record.window, filedOn)) {
    return err(domainError('PROTECTION_ACT_WINDOW_CLOSED', { closesOn: record.window.closesOn }));
  }
  const problem = checkItems(items, record.versions);
  if (problem) return err(problem);
  return ok({ version: record.versions.length + 1, filedAt, filedOn, items });
}

/** The items in force: those of the latest version. */
export const currentItems = (record: ProtectionActRecord): readonly ProtectionActItem[] =>
  record.versions[record.versions.length - 1]?.items ?? [];

export const currentVersion = (record: ProtectionActRecord): number => record.versions.length;

const sameContent = (a: ProtectionActItem, b: ProtectionActItem): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** The latest version in which the item's content was introduced or changed. */
export function itemRevision(record: ProtectionActRecord, itemId: string): number {
  let revision = 0;
  let last: ProtectionActItem | undefined;
  for (const v of record.versions) {
    const item = v.items.find((i) => i.id === itemId);
    if (item && (!last || !sameContent(item, last))) revision = v.version;
    last = item;
  }
  return revision;
}
