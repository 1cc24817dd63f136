import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context';
import { body } from '../../api/client';

// The wellbeing desk's reads: wellbeing-service walls each of them (staff and HR only; 403 to every
// disciplinary role), the desk shows "not permitted" on a refusal. They retry like every other read (a 4xx
// never, a network failure or 5xx once): without it one slow answer through the proxy left a task page
// spinning for good.

export interface DeskTask {
  readonly id: string;
  readonly planId: string;
  readonly personRef: string;
  readonly unitId: string;
  readonly caseId: string | null;
  readonly checkInNumber: number | null;
  readonly dueOn: string | null;
  readonly kind: string;
  readonly status: string;
  readonly priority: string;
  readonly escalated: boolean;
  readonly assignedTo: string | null;
  readonly outcome: string | null;
}

export interface DeskCheckIn {
  readonly id: string;
  readonly total: number;
  readonly byDimension: Record<string, number>;
  readonly urgent: boolean;
  readonly concernText: string | null;
  readonly contactRequested: boolean;
  readonly submittedAt: string;
  readonly submittedOn: string;
}

export interface TaskDetail extends DeskTask {
  readonly contacts: { id: string; channel: string; note: string; contactedAt: string; staffRef: string }[];
  readonly referrals: { id: string; kind: string; note: string; referredAt: string }[];
  readonly checkIns: DeskCheckIn[];
}

export interface DeskPlan {
  readonly planId: string;
  readonly personRef: string;
  readonly origin: string;
  readonly status: string;
  readonly consentState: string;
  readonly answersToHr: boolean;
  readonly caseId: string | null;
  readonly incidentRef: string | null;
}

export interface DeskConcern {
  readonly id: string;
  readonly personRef: string;
  readonly caseId: string;
  readonly category: string;
  readonly content: string;
  readonly raisedAt: string;
}

export interface CheckInStats {
  readonly minimumGroupSize: number;
  readonly quarters: string[];
  readonly groups: {
    unitId: string;
    period: string;
    people: number;
    checkIns: number;
    urgentCheckIns: number;
  }[];
}

export function useDeskTasks() {
  const api = useApi();
  return useQuery({
    queryKey: ['desk', 'tasks'],
    queryFn: async () => (await body(api.wellbeing.GET('/tasks', {}))) as unknown as DeskTask[],
  });
}

export function useDeskTask(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['desk', 'task', id],
    queryFn: async () =>
      (await body(api.wellbeing.GET('/tasks/{id}', { params: { path: { id } } }))) as unknown as TaskDetail,
  });
}

export function useDeskPlan(planId: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['desk', 'plan', planId],
    enabled: Boolean(planId),
    queryFn: async () =>
      (await body(
        api.wellbeing.GET('/plans/{planId}', { params: { path: { planId: planId! } } }),
      )) as unknown as DeskPlan,
  });
}

export function useDeskConcerns() {
  const api = useApi();
  return useQuery({
    queryKey: ['desk', 'concerns'],
    queryFn: async () => (await body(api.wellbeing.GET('/concerns', {}))) as unknown as DeskConcern[],
  });
}

export function useCheckInStats() {
  const api = useApi();
  return useQuery({
    queryKey: ['desk', 'stats'],
    queryFn: async () => (await body(api.wellbeing.GET('/stats/check-ins', {}))) as unknown as CheckInStats,
  });
}
