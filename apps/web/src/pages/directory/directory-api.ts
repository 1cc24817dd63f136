import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context';
import { body } from '../../api/client';

/** The directory's records as cases-service returns them (GET /directory/...). */
export interface Unit {
  readonly unitId: string;
  readonly name: string;
  readonly parentUnitId: string | null;
  readonly active: boolean;
  readonly officerCount: number;
}
export interface Officer {
  readonly personRef: string;
  readonly fullName: string;
  readonly unitId: string;
  readonly roles: readonly string[];
  readonly active: boolean;
}
export interface Composition {
  readonly unitId: string;
  readonly effectiveFrom: string;
  readonly members: readonly { personRef: string; role: 'chair' | 'secretary' | 'member' }[];
}
export interface ChangeCounts {
  readonly added: number;
  readonly updated: number;
  readonly deactivated: number;
  readonly unchanged: number;
}
export interface Change {
  readonly kind: 'added' | 'updated' | 'deactivated';
  readonly key: string;
  readonly line: number | null;
}
/** The answer of a dry run or an apply: what changes, record by record, and the counts. */
export interface ImportPlan {
  readonly units: readonly Change[];
  readonly officers: readonly Change[];
  readonly compositions: readonly Change[];
  readonly summary: Record<'units' | 'officers' | 'compositions', ChangeCounts>;
}

export const IMPORT_FILES = ['units', 'officers', 'commissions'] as const;
export type ImportFile = (typeof IMPORT_FILES)[number];

// The generated client knows the routes and parameters; the response bodies are typed here.

export function useUnits() {
  const api = useApi();
  return useQuery({
    queryKey: ['directory', 'units'],
    queryFn: async () =>
      ((await body(api.cases.GET('/directory/units', {}))) as unknown as { units: Unit[] }).units,
  });
}

export function useOfficers(filter: { unitId?: string; role?: string; q?: string }) {
  const api = useApi();
  return useQuery({
    queryKey: ['directory', 'officers', filter],
    queryFn: async () =>
      (await body(
        api.cases.GET('/directory/officers', {
          params: {
            query: {
              ...(filter.unitId ? { unitId: filter.unitId } : {}),
              ...(filter.role ? { role: filter.role as 'officer' } : {}),
              ...(filter.q ? { q: filter.q } : {}),
              limit: 100,
            },
          },
        }),
      )) as unknown as { total: number; officers: Officer[] },
  });
}

export function useCommission(unitId: string | undefined, today: string) {
  const api = useApi();
  return useQuery({
    enabled: unitId !== undefined,
    queryKey: ['directory', 'commission', unitId, today],
    queryFn: async () =>
      (await body(
        api.cases.GET('/directory/units/{unitId}/commission', {
          params: { path: { unitId: unitId! }, query: { on: today } },
        }),
      )) as unknown as { compositions: Composition[]; inForce: Composition | null },
  });
}

/** Sends the chosen CSV files as multipart/form-data to the dry run or the apply. */
export function useImport() {
  const api = useApi();
  return async (
    mode: 'dry-run' | 'apply',
    files: Partial<Record<ImportFile, File>>,
    deactivateMissing: boolean,
  ): Promise<ImportPlan> => {
    const form = new FormData();
    for (const name of IMPORT_FILES) {
      const file = files[name];
      if (file) form.append(name, file, file.name);
    }
    form.append('deactivateMissing', String(deactivateMissing));
    const options = { body: form as never, bodySerializer: (b: unknown) => b as FormData };
    const call =
      mode === 'dry-run'
        ? api.cases.POST('/directory/imports/dry-run', options)
        : api.cases.POST('/directory/imports', options);
    return (await body(call)) as unknown as ImportPlan;
  };
}
