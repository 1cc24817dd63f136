import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/api-context';
import { body } from '../api/client';

export interface MyCase {
  readonly caseId: string;
  readonly roles: readonly string[];
  readonly stage?: string;
}

/** The cases the signed-in person is a party of (subject, applicant, witness), as the service lists them. */
export function useMyCases() {
  const api = useApi();
  return useQuery({
    queryKey: ['me', 'cases'],
    queryFn: async () => {
      const data = (await body(api.cases.GET('/me/cases', {}))) as unknown;
      const list = Array.isArray(data) ? data : ((data as { items?: unknown[] }).items ?? []);
      return list as MyCase[];
    },
  });
}
