import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context';
import { body } from '../../api/client';
import { type Locale } from '../../i18n/messages';

// The officer's own support reads and steps (wellbeing-service `/me/*`): their plans, consent, the questionnaire
// in their language and the check-in. The service scores the answers and decides what is urgent; nothing here does.

export interface MyPlan {
  readonly planId: string;
  readonly role: string;
  readonly caseId: string | null;
  readonly status: string;
  readonly consentState: string;
}

export interface Questionnaire {
  readonly language: Locale;
  readonly items: { id: string; text: string; options: { id: string; text: string }[] }[];
  readonly contactRequest: string;
  readonly concernPrompt: string;
}

export type ConsentDecision = 'given' | 'declined' | 'stopped';

export function useMyPlans() {
  const api = useApi();
  return useQuery({
    queryKey: ['wellbeing', 'plans'],
    queryFn: async () => (await body(api.wellbeing.GET('/me/plans', {}))) as unknown as MyPlan[],
  });
}

export function useQuestionnaire(lang: Locale) {
  const api = useApi();
  return useQuery({
    queryKey: ['wellbeing', 'questionnaire', lang],
    queryFn: async () =>
      (await body(
        api.wellbeing.GET('/me/questionnaire', { params: { query: { lang } } }),
      )) as unknown as Questionnaire,
  });
}

export function useConsent(planId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: ConsentDecision) =>
      body(
        api.wellbeing.POST('/me/plans/{planId}/consent', {
          params: { path: { planId } },
          body: { decision },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['wellbeing', 'plans'] }),
  });
}

export interface CheckInAnswers {
  readonly answers: Record<string, string>;
  readonly contactRequested: boolean;
  readonly concern?: string;
  readonly language: Locale;
}

export function useSubmitCheckIn(planId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CheckInAnswers) =>
      body(api.wellbeing.POST('/me/check-ins', { body: { planId, ...input } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['wellbeing'] }),
  });
}
