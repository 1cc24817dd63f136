import { type FieldError } from '@qorgau/contracts';

/** A unit as the directory (kept by cases-service) lists it: its officers' person references. */
export interface UnitRoster {
  readonly unitId: string;
  readonly personRefs: readonly string[];
}

/**
 * A plan may be opened only for an officer of an existing unit, in that unit (its tasks go to that unit's
 * staff). `roster` is null when the directory has no such unit. Empty: the references hold.
 */
export function planReferenceErrors(
  request: { readonly personRef: string; readonly unitId: string },
  roster: UnitRoster | null,
): FieldError[] {
  if (roster === null)
    return [{ field: 'unitId', rule: 'directory', message: 'not a unit in the directory' }];
  if (!roster.personRefs.includes(request.personRef))
    return [
      {
        field: 'personRef',
        rule: 'directory',
        message: `not an officer of unit ${request.unitId} in the directory`,
      },
    ];
  return [];
}
