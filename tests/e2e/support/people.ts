// The seed's people (apps/cases-service/src/seed/seed-data.ts) and what each of them reads over HTTP: a case, its
// timeline, their own tasks, their inbox, their wellbeing plans. Only public routes, as the person's own token.
import { type QorgauHttp } from '@qorgau/local-system';

export const PEOPLE = [
  'officer-a',
  'officer-b',
  'colleague-c',
  'head-1',
  'inv-1',
  'inv-2',
  'chair-1',
  'secretary-1',
  'member-1',
  'member-2',
  'member-3',
  'higher-1',
  'psychologist-1',
  'hr-1',
  'auditor-1',
  'admin-1',
] as const;
export type Person = (typeof PEOPLE)[number];

/** Who sits on the unit's disciplinary commission, and who holds a role on the other side of the wall. */
export const COMMISSION_PEOPLE: readonly Person[] = [
  'chair-1',
  'secretary-1',
  'member-1',
  'member-2',
  'member-3',
];
export const DISCIPLINARY_PEOPLE: readonly Person[] = [
  'head-1',
  'inv-1',
  'chair-1',
  'secretary-1',
  'higher-1',
];

export interface CaseView {
  readonly caseId: string;
  readonly unitId: string;
  readonly version: number;
  readonly stage: string;
  // The reader's view of the domain's CaseState (art. 42: fields the reader may not see are left out and named
  // in `withheld`); tests read the fields they assert on, as the reader they expect to see them.
  readonly withheld?: readonly string[];
  readonly state: Record<string, unknown> & {
    readonly stage: string;
    readonly penalties: readonly { penaltyId: string; personRef: string; penalty: string; status: string }[];
    readonly restorations: readonly { personRef: string; excludedFromRiskIndicators: boolean }[];
    readonly supportPlanIds: readonly string[];
    readonly closedOn: string | null;
  };
}

export interface TimelineEntry {
  readonly seq: number;
  readonly eventId: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly data: Record<string, unknown>;
}

/** One open task from GET /inbox/tasks (cases-service): the command that completes it, for whom. */
export interface CaseTask {
  readonly caseId: string;
  readonly stage: string;
  readonly role: string;
  readonly assigneeRef: string | null;
  readonly command: string;
  readonly personRef?: string;
  readonly optional: boolean;
}

/** One item of GET /inbox (notifications-service), rendered in the reader's language. */
export interface InboxItem {
  readonly id: string;
  readonly template: string;
  readonly title: string;
  readonly body: string;
  readonly caseId: string | null;
  readonly createdAt: string;
}

/** GET /me/plans (wellbeing-service). */
export interface SupportPlanView {
  readonly planId: string;
  readonly role: string;
  readonly caseId: string | null;
  readonly status: string;
  readonly consentState: string;
}

/** GET /tasks (wellbeing-service, staff only). */
export interface WellbeingTask {
  readonly id: string;
  readonly planId: string;
  readonly personRef: string;
  readonly caseId: string | null;
  readonly checkInNumber: number | null;
  readonly dueOn: string | null;
  readonly kind: string;
  readonly status: string;
  readonly priority: string;
  readonly escalated: boolean;
}

export const readCase = async (as: QorgauHttp, caseId: string): Promise<CaseView> =>
  (await as.get<CaseView>('cases', `/cases/${caseId}`)).body;

export const timelineOf = async (as: QorgauHttp, caseId: string): Promise<TimelineEntry[]> =>
  (await as.get<TimelineEntry[]>('cases', `/cases/${caseId}/timeline`)).body;

/** The caller's own open tasks in one case (GET /inbox/tasks keeps only the caller's). */
export const myCaseTasks = async (as: QorgauHttp, caseId: string): Promise<CaseTask[]> =>
  (await as.get<{ tasks: CaseTask[] }>('cases', '/inbox/tasks')).body.tasks.filter(
    (t) => t.caseId === caseId,
  );

/** The caller's inbox items about one case (or, with `null`, the items about no case: wellbeing follow-ups). */
export const inboxOf = async (as: QorgauHttp, caseId: string | null): Promise<InboxItem[]> =>
  (await as.get<{ items: InboxItem[] }>('notifications', '/inbox?pageSize=100')).body.items.filter(
    (item) => item.caseId === caseId,
  );

export const templatesOf = (items: readonly InboxItem[]): string[] => items.map((i) => i.template).sort();

export const myPlans = async (as: QorgauHttp, caseId: string): Promise<SupportPlanView[]> =>
  (await as.get<SupportPlanView[]>('wellbeing', '/me/plans')).body.filter((p) => p.caseId === caseId);

export const staffTasks = async (as: QorgauHttp, caseId: string): Promise<WellbeingTask[]> =>
  (await as.get<WellbeingTask[]>('wellbeing', '/tasks')).body.filter((t) => t.caseId === caseId);

/** The status and problem code of a request made with `allowError`. */
export const refusal = async (
  request: Promise<{ status: number; body: unknown }>,
): Promise<{ status: number; code: string | undefined }> => {
  const { status, body } = await request;
  return { status, code: (body as { code?: string } | undefined)?.code };
};

/** Someone with no relation to the case: the case, its timeline, deadlines and tasks do not exist for them. */
export async function expectCaseHidden(as: QorgauHttp, caseId: string): Promise<void> {
  for (const path of ['', '/timeline', '/deadlines', '/tasks']) {
    const seen = await refusal(as.get('cases', `/cases/${caseId}${path}`, { allowError: true }));
    expect({ path, ...seen }).toEqual({ path, status: 404, code: 'CASE_NOT_FOUND' });
  }
}

/** The wall: nobody with a disciplinary role reads wellbeing's tasks, concerns or anyone's plans. */
export async function expectWallHolds(as: QorgauHttp): Promise<void> {
  for (const path of ['/tasks', '/concerns', '/me/plans', '/me/concerns']) {
    const seen = await as.get('wellbeing', path, { allowError: true });
    expect({ path, status: seen.status }).toEqual({ path, status: 403 });
  }
}
