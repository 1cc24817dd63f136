import { Inject, Injectable } from '@nestjs/common';
import { ProblemException } from '@qorgau/service-kit';
import { type DataSource } from 'typeorm';
import { DATA_SOURCE } from '../../platform/tokens';

/** Keys whose values name people, wherever they appear in a command (a string or a list of strings). */
const PERSON_KEYS: ReadonlySet<string> = new Set([
  'personRef',
  'byRef',
  'againstRef',
  'witnessRef',
  'subjectRefs',
  'investigatorRef',
  'participantRef',
  'partyRef',
  'presentRefs',
  'memberRef',
  'addresseeRef',
  'actingHeadRef',
]);
/** Objects keyed by person (`{ "officer-b": ["b-1"] }`). */
const PERSON_KEYED: ReadonlySet<string> = new Set(['protectionActReferences']);

export interface PersonReference {
  /** Where in the request body, as problem+json names fields (`members.2.personRef`). */
  readonly field: string;
  readonly ref: string;
}

/** Every person a request body names, with where (pure). */
export function personReferences(body: unknown, path: readonly string[] = []): PersonReference[] {
  if (Array.isArray(body)) return body.flatMap((item, i) => personReferences(item, [...path, String(i)]));
  if (typeof body !== 'object' || body === null) return [];
  return Object.entries(body).flatMap(([key, value]) => {
    const at = [...path, key];
    if (PERSON_KEYS.has(key)) {
      const refs = Array.isArray(value)
        ? value.map((v, i) => [String(i), v] as const)
        : [[null, value] as const];
      return refs
        .filter((entry): entry is readonly [string | null, string] => typeof entry[1] === 'string')
        .map(([i, ref]) => ({ field: (i === null ? at : [...at, i]).join('.'), ref }));
    }
    if (PERSON_KEYED.has(key) && typeof value === 'object' && value !== null)
      return Object.keys(value).map((ref) => ({ field: [...at, ref].join('.'), ref }));
    return personReferences(value, at);
  });
}

/**
 * References to people and units are checked against the directory (cases.officer, cases.org_unit) before a
 * command runs: a commission member, an investigator or a party that does not exist is a 422 naming the field,
 * not a case that names nobody.
 */
@Injectable()
export class DirectoryReferences {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async check(body: unknown, unitId?: string): Promise<void> {
    const references = personReferences(body);
    const refs = [...new Set(references.map((r) => r.ref))];
    const known = new Set(
      refs.length === 0
        ? []
        : (
            (await this.dataSource.query('SELECT person_ref FROM cases.officer WHERE person_ref = ANY($1)', [
              refs,
            ])) as { person_ref: string }[]
          ).map((row) => row.person_ref),
    );
    const errors = references
      .filter((r) => !known.has(r.ref))
      .map((r) => ({
        field: r.field,
        rule: 'unknown_reference',
        message: 'no such person in the directory',
      }));
    if (unitId !== undefined) {
      const [unit] = (await this.dataSource.query('SELECT 1 FROM cases.org_unit WHERE id = $1', [
        unitId,
      ])) as unknown[];
      if (!unit)
        errors.push({ field: 'unitId', rule: 'unknown_reference', message: 'no such unit in the directory' });
    }
    if (errors.length === 0) return;
    throw new ProblemException({
      code: 'UNKNOWN_REFERENCE',
      status: 422,
      detail: `Not in the directory: ${errors.map((e) => e.field).join(', ')}.`,
      errors,
    });
  }
}
