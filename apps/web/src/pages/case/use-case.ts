import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context';
import { body } from '../../api/client';
import {
  type CaseRead,
  type DeadlineRead,
  type OpenTaskView,
  type TaskRole,
  type TimelineEntry,
} from '../../api/views';

// The case's reads, as the reader may see them. Each is one generated-client call; the service cuts the view.

export function useCase(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['case', caseId],
    queryFn: async () =>
      (await body(api.cases.GET('/cases/{caseId}', { params: { path: { caseId } } }))) as unknown as CaseRead,
  });
}

export function useDeadlines(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['case', caseId, 'deadlines'],
    queryFn: async () =>
      (await body(
        api.cases.GET('/cases/{caseId}/deadlines', { params: { path: { caseId } } }),
      )) as unknown as DeadlineRead[],
  });
}

export function useTimeline(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['case', caseId, 'timeline'],
    queryFn: async () =>
      (await body(
        api.cases.GET('/cases/{caseId}/timeline', { params: { path: { caseId } } }),
      )) as unknown as TimelineEntry[],
  });
}

export function useTasks(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['case', caseId, 'tasks'],
    queryFn: async () =>
      (await body(
        api.cases.GET('/cases/{caseId}/tasks', { params: { path: { caseId } } }),
      )) as unknown as Partial<Record<TaskRole, OpenTaskView[]>>,
  });
}

/** The case's own today (compressed case time in tests and demos), for countdowns. */
export function useCaseToday(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['case', caseId, 'clock'],
    queryFn: async () => {
      const clock = (await body(
        api.cases.GET('/cases/{caseId}/clock', { params: { path: { caseId } } }),
      )) as unknown as {
        asOf: string;
      };
      return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date(clock.asOf));
    },
  });
}
