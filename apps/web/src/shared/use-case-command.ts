import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/api-context';
import { body, type Api } from '../api/client';
import { ApiProblem } from '../api/problem';

/** The headers every step on a case carries: the case's ETag (412 when stale) and an idempotency key. */
export interface StepHeaders {
  'If-Match': string;
  'Idempotency-Key': string;
}

/**
 * A step on the case: the call (a generated-client POST) gets the case's ETag for If-Match; on success or on a
 * 412 (someone else changed the case) the case is read again. The form keeps its fields either way.
 */
export function useCaseCommand<TInput>(
  caseId: string,
  call: (api: Api, input: TInput, headers: StepHeaders) => Promise<{ data?: unknown; response: Response }>,
) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    // One key per attempt the person makes; the service answers a replay with the stored result.
    mutationFn: async ({ input, version }: { input: TInput; version: number }) =>
      body(call(api, input, { 'If-Match': `"${version}"`, 'Idempotency-Key': crypto.randomUUID() })),
    onSettled: (_data, error) => {
      if (!error || (error instanceof ApiProblem && error.status === 412)) {
        void queryClient.invalidateQueries({ queryKey: ['case', caseId] });
      }
    },
  });
}
