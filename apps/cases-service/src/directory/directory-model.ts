import { type CommissionMember, type CommissionRole, type DomainError } from '@qorgau/domain';
import { type Role } from '@qorgau/service-kit';

/** A unit of the organisation; a deactivated unit is kept (old cases name it) but holds no active officer. */
export interface UnitRecord {
  readonly unitId: string;
  readonly name: string;
  readonly parentUnitId: string | null;
  readonly active: boolean;
}

/** An officer with the roles their tokens carry; a deactivated officer cannot sign in. */
export interface OfficerRecord {
  readonly personRef: string;
  readonly fullName: string;
  readonly unitId: string;
  readonly roles: readonly Role[];
  readonly active: boolean;
}

/** A unit's commission from a day on, until the unit's next composition (art. 58-1: the one that sits). */
export interface CompositionRecord {
  readonly unitId: string;
  readonly effectiveFrom: string;
  readonly members: readonly CommissionMember[];
}

export type { CommissionMember, CommissionRole };

/** The directory as it stands, keyed for comparison (unit id, person ref, `unit|day`). */
export interface DirectorySnapshot {
  readonly units: ReadonlyMap<string, UnitRecord>;
  readonly officers: ReadonlyMap<string, OfficerRecord>;
  readonly compositions: ReadonlyMap<string, CompositionRecord>;
}

export const compositionKey = (unitId: string, effectiveFrom: string): string => `${unitId}|${effectiveFrom}`;

/** The three files a personnel system exports (or the same rows as JSON). */
export const DIRECTORY_FILES = ['units', 'officers', 'commissions'] as const;
export type DirectoryFile = (typeof DIRECTORY_FILES)[number];

/** The documented CSV headers, in order; `active` may be left out (then every row is active). */
export const COLUMNS = {
  units: ['unit_id', 'name', 'parent_unit_id', 'active'],
  officers: ['person_ref', 'full_name', 'unit_id', 'roles', 'active'],
  commissions: ['unit_id', 'effective_from', 'person_ref', 'commission_role'],
} as const satisfies Record<DirectoryFile, readonly string[]>;
export const OPTIONAL_COLUMNS: ReadonlySet<string> = new Set(['active', 'parent_unit_id']);

/** Where a value came from: a file's line (1 = the header) and column, for errors people can find. */
export interface Location {
  readonly file: DirectoryFile;
  readonly line: number;
  readonly column: string | null;
}

export const DIRECTORY_RULES = [
  'malformed_csv',
  'missing_column',
  'unknown_column',
  'required',
  'invalid_identifier',
  'invalid_label',
  'invalid_boolean',
  'invalid_day',
  'unknown_role',
  'invalid_commission_role',
  'duplicate',
  'unknown_unit',
  'inactive_unit',
  'unknown_parent',
  'parent_cycle',
  'unit_has_active_members',
  'unknown_person',
  'inactive_person',
  'commission_composition',
  'empty_import',
] as const;
export type DirectoryRule = (typeof DIRECTORY_RULES)[number];

export interface DirectoryIssue extends Location {
  readonly rule: DirectoryRule;
  readonly params?: Readonly<Record<string, string | number>>;
  /** The domain's refusal behind a `commission_composition` issue (rendered in the reader's language). */
  readonly domainError?: DomainError;
}
