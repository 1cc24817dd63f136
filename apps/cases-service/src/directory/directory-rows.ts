import { EARLIEST_CASE_DAY, IDENTIFIER_PATTERN, LABEL_PATTERN, LATEST_CASE_DAY } from '@qorgau/contracts';
import { type CommissionRole } from '@qorgau/domain';
import { ROLES, type Role } from '@qorgau/service-kit';
import {
  type DirectoryFile,
  type DirectoryIssue,
  type DirectoryRule,
  type OfficerRecord,
  type UnitRecord,
} from './directory-model';

/** One row as read: column → text (CSV cells, or JSON values turned to the same text), and its line. */
export interface RawRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string | undefined>>;
}

export interface Located<T> {
  readonly line: number;
  readonly value: T;
}

export interface MembershipRow {
  readonly unitId: string;
  readonly effectiveFrom: string;
  readonly personRef: string;
  readonly role: CommissionRole;
}

/** What an import brings, row by row, before it is compared with the directory. */
export interface ImportBatch {
  readonly units: readonly Located<UnitRecord>[];
  readonly officers: readonly Located<OfficerRecord>[];
  readonly memberships: readonly Located<MembershipRow>[];
  /** A full export: active officers the file does not list are deactivated (only with an officers file). */
  readonly deactivateMissing: boolean;
  readonly files: ReadonlySet<DirectoryFile>;
}

const COMMISSION_ROLES: readonly CommissionRole[] = ['chair', 'secretary', 'member'];

/** Reads one row's cells, collecting every issue of the row (not just the first). */
class RowReader {
  readonly issues: DirectoryIssue[] = [];
  constructor(
    private readonly file: DirectoryFile,
    private readonly row: RawRow,
  ) {}

  private fail(column: string, rule: DirectoryRule, params?: Record<string, string | number>) {
    this.issues.push({ file: this.file, line: this.row.line, column, rule, ...(params ? { params } : {}) });
  }

  private text(column: string): string {
    return (this.row.cells[column] ?? '').trim();
  }

  identifier(column: string): string {
    const value = this.text(column);
    if (value === '') this.fail(column, 'required');
    else if (!IDENTIFIER_PATTERN.test(value)) this.fail(column, 'invalid_identifier');
    return value;
  }

  optionalIdentifier(column: string): string | null {
    return this.text(column) === '' ? null : this.identifier(column);
  }

  label(column: string): string {
    const value = this.text(column);
    if (value === '') this.fail(column, 'required');
    else if (!LABEL_PATTERN.test(value)) this.fail(column, 'invalid_label');
    return value;
  }

  active(column: string): boolean {
    const value = this.text(column).toLowerCase();
    if (value === '' || value === 'true') return true;
    if (value === 'false') return false;
    this.fail(column, 'invalid_boolean');
    return true;
  }

  roles(column: string): Role[] {
    const parts = this.text(column)
      .split(';')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    if (parts.length === 0) this.fail(column, 'required');
    const unknown = parts.find((p) => !ROLES.includes(p as Role));
    if (unknown !== undefined) this.fail(column, 'unknown_role', { value: unknown.slice(0, 40) });
    return [...new Set(parts.filter((p): p is Role => ROLES.includes(p as Role)))];
  }

  day(column: string): string {
    const value = this.text(column);
    const valid =
      /^\d{4}-\d{2}-\d{2}$/.test(value) &&
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value) &&
      value >= EARLIEST_CASE_DAY &&
      value <= LATEST_CASE_DAY;
    if (value === '') this.fail(column, 'required');
    else if (!valid) this.fail(column, 'invalid_day');
    return value;
  }

  commissionRole(column: string): CommissionRole {
    const value = this.text(column);
    if (!COMMISSION_ROLES.includes(value as CommissionRole)) this.fail(column, 'invalid_commission_role');
    return value as CommissionRole;
  }
}

function readRows<T>(
  file: DirectoryFile,
  rows: readonly RawRow[],
  read: (r: RowReader) => T,
  issues: DirectoryIssue[],
): Located<T>[] {
  return rows.flatMap((row) => {
    const reader = new RowReader(file, row);
    const value = read(reader);
    issues.push(...reader.issues);
    return reader.issues.length === 0 ? [{ line: row.line, value }] : [];
  });
}

/** Each row on its own: formats, required cells, known roles (pure). */
export function readBatch(
  input: Partial<Record<DirectoryFile, readonly RawRow[]>>,
  deactivateMissing: boolean,
): { batch: ImportBatch; issues: DirectoryIssue[] } {
  const issues: DirectoryIssue[] = [];
  const units = readRows(
    'units',
    input.units ?? [],
    (r) => ({
      unitId: r.identifier('unit_id'),
      name: r.label('name'),
      parentUnitId: r.optionalIdentifier('parent_unit_id'),
      active: r.active('active'),
    }),
    issues,
  );
  const officers = readRows(
    'officers',
    input.officers ?? [],
    (r) => ({
      personRef: r.identifier('person_ref'),
      fullName: r.label('full_name'),
      unitId: r.identifier('unit_id'),
      roles: r.roles('roles'),
      active: r.active('active'),
    }),
    issues,
  );
  const memberships = readRows(
    'commissions',
    input.commissions ?? [],
    (r) => ({
      unitId: r.identifier('unit_id'),
      effectiveFrom: r.day('effective_from'),
      personRef: r.identifier('person_ref'),
      role: r.commissionRole('commission_role'),
    }),
    issues,
  );
  const files = new Set(
    (Object.keys(input) as DirectoryFile[]).filter((f) => input[f] !== undefined),
  ) as ReadonlySet<DirectoryFile>;
  return { batch: { units, officers, memberships, deactivateMissing, files }, issues };
}
