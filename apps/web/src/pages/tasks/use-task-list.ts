import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context';
import { body } from '../../api/client';
import { type TaskRow } from './task-view';

/** The caller's tasks across cases, or one case's (`caseId`), as the service computes them. */
export function useTaskList(caseId?: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['tasks', caseId ?? 'all'],
    queryFn: async () =>
      (
        (await body(api.cases.GET('/tasks', { params: { query: caseId ? { caseId } : {} } }))) as unknown as {
          tasks: TaskRow[];
        }
      ).tasks,
  });
}

/** Claims a group task for the caller, or releases the caller's claim; the list is read again either way. */
export function useClaim() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ task, release }: { task: TaskRow; release?: boolean }) => {
      const payload = { body: { caseId: task.caseId, taskId: task.taskId } };
      return release
        ? body(api.cases.POST('/tasks/claims/release', payload))
        : body(api.cases.POST('/tasks/claims', payload));
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['tasks'] }),
  });
}
