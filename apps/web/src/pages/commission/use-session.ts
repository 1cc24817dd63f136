import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context';
import { body } from '../../api/client';

/** The commission's agenda: the sessions with the reader on the commission, soonest first. */
export interface AgendaEntry {
  readonly caseId: string;
  readonly sessionOn: string;
  readonly notifiedOn: string;
  readonly seat: 'chair' | 'secretary' | 'member';
  readonly subjectRefs: readonly string[];
  readonly version: number;
}

/** A recommended outcome: 'no-penalty' or a penalty kind as the service names it. */
export type Outcome = string;

/** The session sheet as cases-service computes it (quorum, notice, recusals, comparable cases). */
export interface SessionSheet {
  readonly caseId: string;
  readonly version: number;
  readonly sessionOn: string;
  readonly notifiedOn: string;
  readonly heldOn: string | null;
  readonly members: readonly {
    personRef: string;
    role: 'chair' | 'secretary' | 'member';
    recusal: { interest: string } | null;
  }[];
  readonly quorum: { size: number; required: number; citation: string };
  readonly notice: { workingDays: number; earliestSessionOn: string; kept: boolean; citation: string } | null;
  readonly comparable: readonly {
    personRef: string;
    misconductType: string;
    comparableDecisions: number;
    suppressed: boolean;
    distribution: readonly { outcome: Outcome; count: number }[];
    typical: Outcome | null;
  }[];
}

export function useAgenda() {
  const api = useApi();
  return useQuery({
    queryKey: ['commission', 'agenda'],
    queryFn: async () =>
      ((await body(api.cases.GET('/inbox/agenda', {}))) as unknown as { sessions: AgendaEntry[] }).sessions,
  });
}

export function useSessionSheet(caseId: string) {
  const api = useApi();
  return useQuery({
    // Under the case's key: a command on the case (the minutes) reads the sheet again.
    queryKey: ['case', caseId, 'commission'],
    queryFn: async () =>
      (await body(
        api.cases.GET('/cases/{caseId}/commission', { params: { path: { caseId } } }),
      )) as unknown as SessionSheet,
    retry: false,
  });
}
