import { type ErrorParams } from '@qorgau/domain';

/**
 * The request field a domain refusal concerns: the first field of the body (depth first, `items.1.evidenceRef`)
 * holding a value the refusal names (`{ person: 'officer-b' }` → the field that says `officer-b`). Refusals
 * about the case as a whole (a stage, a quorum) name no value of the body, and so no field.
 */
export function refusalField(body: unknown, params: ErrorParams): string | undefined {
  const named = new Set(Object.values(params).filter((v): v is string => typeof v === 'string' && v !== ''));
  if (named.size === 0) return undefined;
  const visit = (value: unknown, path: string[]): string | undefined => {
    if (typeof value === 'string') return named.has(value) ? path.join('.') : undefined;
    if (typeof value !== 'object' || value === null) return undefined;
    for (const [key, inner] of Object.entries(value)) {
      const found = visit(inner, [...path, key]);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const field = visit(body, []);
  return field === '' ? undefined : field;
}
