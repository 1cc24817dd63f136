import { checkMembership } from '@qorgau/domain';
import {
  compositionKey,
  type CompositionRecord,
  type DirectoryFile,
  type DirectoryIssue,
  type DirectorySnapshot,
  type OfficerRecord,
  type UnitRecord,
} from './directory-model';
import { type ImportBatch, type Located } from './directory-rows';

export type ChangeKind = 'added' | 'updated' | 'deactivated';

/** One record the import changes: what it was (null when new), what it becomes, and the line that says so. */
export interface Change<T> {
  readonly kind: ChangeKind;
  readonly key: string;
  /** The line of the file (null for an officer deactivated because a full export no longer lists them). */
  readonly line: number | null;
  readonly before: T | null;
  readonly after: T;
}

export interface ChangeCounts {
  readonly added: number;
  readonly updated: number;
  readonly deactivated: number;
  readonly unchanged: number;
}

export interface ImportPlan {
  readonly units: readonly Change<UnitRecord>[];
  readonly officers: readonly Change<OfficerRecord>[];
  readonly compositions: readonly Change<CompositionRecord>[];
  readonly summary: Readonly<Record<'units' | 'officers' | 'compositions', ChangeCounts>>;
}

export type PlanResult =
  | { readonly ok: true; readonly plan: ImportPlan }
  | { readonly ok: false; readonly issues: readonly DirectoryIssue[] };

const sameUnit = (a: UnitRecord, b: UnitRecord) =>
  a.name === b.name && a.parentUnitId === b.parentUnitId && a.active === b.active;
const sameOfficer = (a: OfficerRecord, b: OfficerRecord) =>
  a.fullName === b.fullName &&
  a.unitId === b.unitId &&
  a.active === b.active &&
  [...a.roles].sort().join() === [...b.roles].sort().join();
const membersKey = (c: CompositionRecord) =>
  c.members
    .map((m) => `${m.personRef}:${m.role}`)
    .sort()
    .join();

function changeOf<T extends object>(
  key: string,
  line: number | null,
  before: T | undefined,
  after: T,
  same: (a: T, b: T) => boolean,
): Change<T> | 'unchanged' {
  if (!before) return { kind: 'added', key, line, before: null, after };
  if (same(before, after)) return 'unchanged';
  const activeOf = (r: T) => !('active' in r) || r.active !== false;
  const kind = activeOf(before) && !activeOf(after) ? 'deactivated' : 'updated';
  return { kind, key, line, before, after };
}

function counted<T>(results: readonly (Change<T> | 'unchanged')[]) {
  const changes = results.filter((r): r is Change<T> => r !== 'unchanged');
  const counts: ChangeCounts = {
    added: changes.filter((c) => c.kind === 'added').length,
    updated: changes.filter((c) => c.kind === 'updated').length,
    deactivated: changes.filter((c) => c.kind === 'deactivated').length,
    unchanged: results.length - changes.length,
  };
  return { changes, counts };
}

/** The second and later rows naming the same key are issues (the first one counts). */
function duplicates<T>(
  file: DirectoryFile,
  rows: readonly Located<T>[],
  keyOf: (v: T) => string,
  column: string,
): DirectoryIssue[] {
  const seen = new Map<string, number>();
  return rows.flatMap((r) => {
    const key = keyOf(r.value);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, r.line);
      return [];
    }
    return [{ file, line: r.line, column, rule: 'duplicate' as const, params: { first } }];
  });
}

/**
 * What an import would change in the directory, or every issue that stops it (pure): the rows against each
 * other and against the directory as it stands (a unit's parent, an officer's unit, a commission member exist
 * and are active once the import is applied; no unit above itself; a deactivated unit holds no active officer
 * or unit; each commission composition satisfies art. 58-1).
 */
export function planImport(snapshot: DirectorySnapshot, batch: ImportBatch): PlanResult {
  const issues: DirectoryIssue[] = [
    ...duplicates('units', batch.units, (u) => u.unitId, 'unit_id'),
    ...duplicates('officers', batch.officers, (o) => o.personRef, 'person_ref'),
    ...duplicates(
      'commissions',
      batch.memberships,
      (m) => `${m.unitId}|${m.effectiveFrom}|${m.personRef}`,
      'person_ref',
    ),
  ];
  const units = new Map(snapshot.units);
  for (const { value } of batch.units) units.set(value.unitId, value);
  const officers = new Map(snapshot.officers);
  const listed = new Set(batch.officers.map((o) => o.value.personRef));
  const missing: Located<OfficerRecord>[] = [];
  if (batch.deactivateMissing && batch.files.has('officers')) {
    for (const officer of snapshot.officers.values())
      if (officer.active && !listed.has(officer.personRef))
        missing.push({ line: 0, value: { ...officer, active: false } });
  }
  for (const { value } of [...batch.officers, ...missing]) officers.set(value.personRef, value);

  for (const { line, value: unit } of batch.units) {
    if (unit.parentUnitId !== null) {
      const parent = units.get(unit.parentUnitId);
      if (!parent) issues.push({ file: 'units', line, column: 'parent_unit_id', rule: 'unknown_parent' });
      else if (unit.active && !parent.active)
        issues.push({ file: 'units', line, column: 'parent_unit_id', rule: 'inactive_unit' });
    }
    const seen = new Set([unit.unitId]);
    for (let up = unit.parentUnitId; up !== null; up = units.get(up)?.parentUnitId ?? null) {
      if (seen.has(up)) {
        issues.push({ file: 'units', line, column: 'parent_unit_id', rule: 'parent_cycle' });
        break;
      }
      seen.add(up);
    }
  }
  const deactivatedUnits = new Set(batch.units.filter((u) => !u.value.active).map((u) => u.value.unitId));
  if (deactivatedUnits.size > 0) {
    const holding = new Set([
      ...[...officers.values()].filter((o) => o.active).map((o) => o.unitId),
      ...[...units.values()].filter((u) => u.active && u.parentUnitId !== null).map((u) => u.parentUnitId!),
    ]);
    for (const { line, value } of batch.units)
      if (!value.active && holding.has(value.unitId))
        issues.push({ file: 'units', line, column: 'active', rule: 'unit_has_active_members' });
  }
  for (const { line, value: officer } of batch.officers) {
    const unit = units.get(officer.unitId);
    if (!unit) issues.push({ file: 'officers', line, column: 'unit_id', rule: 'unknown_unit' });
    else if (officer.active && !unit.active)
      issues.push({ file: 'officers', line, column: 'unit_id', rule: 'inactive_unit' });
  }

  const groups = new Map<string, { line: number; composition: CompositionRecord }>();
  for (const { line, value: m } of batch.memberships) {
    if (!units.has(m.unitId))
      issues.push({ file: 'commissions', line, column: 'unit_id', rule: 'unknown_unit' });
    const person = officers.get(m.personRef);
    if (!person) issues.push({ file: 'commissions', line, column: 'person_ref', rule: 'unknown_person' });
    else if (!person.active)
      issues.push({ file: 'commissions', line, column: 'person_ref', rule: 'inactive_person' });
    const key = compositionKey(m.unitId, m.effectiveFrom);
    const group = groups.get(key) ?? {
      line,
      composition: { unitId: m.unitId, effectiveFrom: m.effectiveFrom, members: [] },
    };
    groups.set(key, {
      line: group.line,
      composition: {
        ...group.composition,
        members: [...group.composition.members, { personRef: m.personRef, role: m.role }],
      },
    });
  }
  for (const { line, composition } of groups.values()) {
    const refusal = checkMembership(composition.members);
    if (refusal)
      issues.push({
        file: 'commissions',
        line,
        column: 'commission_role',
        rule: 'commission_composition',
        domainError: refusal,
      });
  }
  if (issues.length > 0) return { ok: false, issues: [...issues].sort((a, b) => a.line - b.line) };

  const unitChanges = counted(
    batch.units.map((u) =>
      changeOf(u.value.unitId, u.line, snapshot.units.get(u.value.unitId), u.value, sameUnit),
    ),
  );
  const officerChanges = counted([
    ...batch.officers.map((o) =>
      changeOf(o.value.personRef, o.line, snapshot.officers.get(o.value.personRef), o.value, sameOfficer),
    ),
    ...missing.map((o) =>
      changeOf(o.value.personRef, null, snapshot.officers.get(o.value.personRef), o.value, sameOfficer),
    ),
  ]);
  const compositionChanges = counted(
    [...groups.entries()].map(([key, g]) =>
      changeOf(
        key,
        g.line,
        snapshot.compositions.get(key),
        g.composition,
        (a, b) => membersKey(a) === membersKey(b),
      ),
    ),
  );
  return {
    ok: true,
    plan: {
      units: unitChanges.changes,
      officers: officerChanges.changes,
      compositions: compositionChanges.changes,
      summary: {
        units: unitChanges.counts,
        officers: officerChanges.counts,
        compositions: compositionChanges.counts,
      },
    },
  };
}
