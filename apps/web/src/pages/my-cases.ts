import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/api-context';
import { body } from '../api/client';

export interface MyCase {
  readonly caseId: string;
  /** The caller's own roles as a party: subject, applicant, witness. */
  readonly partyRoles: readonly string[];
  readonly stage: string | null;
}

/** The cases the signed-in person is a party of (subject, applicant, witness), as the service lists them. */
export function useMyCases() {
  const api = useApi();
  return useQuery({
    queryKey: ['me', 'cases'],
    queryFn: async () =>
      ((await body(api.cases.GET('/me/cases', {}))) as unknown as { cases: MyCase[] }).cases,
  });
}
