// The seed's case played end to end through the public HTTP APIs only (QorgauHttp, one dev token per person):
// report → explanations → investigation → Protection Act, answers → conclusion → commission (quorum, open vote,
// the symmetric-sanction guard refusing identical penalties on unestablished facts, then the lawful vote) → order →
// appeal → support check-ins for both officers after the decision. Asynchronous effects (Kafka → notifications and
// wellbeing, timers on compressed case time) are awaited with `eventually`, never with fixed sleeps. No printing:
// each step is handed to `onStep` and returned, for the demo command (scripts/demo.ts) and tests/e2e.
import { eventually, type HttpResponse, type QorgauHttp, type ServiceName } from '../http-client';
import { addDays, CaseTimeEstimate, kazakhstanDate, startOfKazakhstanDay } from './case-time';
import {
  ANSWERS,
  B_PROTECTION_ACT,
  COMMISSION,
  FINDINGS,
  FINE_ANSWERS,
  PRESENT,
  PROPOSALS,
  PROTECTION_ACT_REFERENCES,
  SEED_CASE_PEOPLE,
  STIGMATIZED_ANSWERS,
  STIGMATIZED_CONCERN,
  seedReport,
  votes,
  type SeedCasePerson,
} from './seed-case-data';

export type SeedCasePhase =
  | 'report'
  | 'explanations'
  | 'investigation'
  | 'protection-act'
  | 'conclusion'
  | 'commission'
  | 'order'
  | 'appeal'
  | 'support';

/**
 * `command`: a step the API accepted (2xx). `refused`: a request the rules refuse, sent on purpose to show a
 * guarantee (4xx problem+json). `read`: a query. `wait`: waiting for an asynchronous effect or for case time.
 */
export type SeedCaseStepKind = 'command' | 'refused' | 'read' | 'wait';

/** RFC 9457 problem+json as the services send it (`code` stable; title and detail in the caller's language). */
export interface Problem {
  readonly status: number;
  readonly code?: string;
  readonly title?: string;
  readonly detail?: string;
  readonly citation?: string;
  readonly params?: Record<string, unknown>;
}

export interface SeedCaseStep {
  /** 1-based position in the scenario. */
  readonly index: number;
  readonly phase: SeedCasePhase;
  readonly kind: SeedCaseStepKind;
  /** The seed person acting (their dev token), or `case clock` / `system` for waits. */
  readonly actor: string;
  /** What happens, in words. */
  readonly title: string;
  /** `METHOD service path` of the request, if any. */
  readonly request?: string;
  readonly status?: number;
  /** As the scenario expects (the accepted step went through, the refused one was refused for the reason shown). */
  readonly ok: boolean;
  /** The case version (number of recorded events) after the step. */
  readonly version?: number;
  readonly stage?: string;
  /** The domain events the step recorded. */
  readonly events?: readonly string[];
  /**
   * Case time of the step (ISO instant): the recorded events' `occurredAt`, or, when the step recorded none, the
   * client's extrapolation of the case clock (`asOfEstimated`).
   */
  readonly asOf: string;
  readonly asOfEstimated: boolean;
  /** Real milliseconds from the start of the scenario to the end of the step. */
  readonly realElapsedMs: number;
  readonly durationMs: number;
  /** One line: what came of it. */
  readonly outcome: string;
  /** Further lines worth reading (a problem's detail, a task list). */
  readonly details?: readonly string[];
  readonly problem?: Problem;
}

export interface InboxItem {
  readonly id: string;
  readonly template: string;
  readonly title: string;
  readonly body: string;
  readonly caseId: string | null;
  readonly createdAt: string;
  readonly readAt: string | null;
}

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
  readonly assignedTo: string | null;
}

export interface SeedCaseResult {
  readonly caseId: string;
  /** Temporal workflow ids: the case (`case-<caseId>`) and its children (support plans, the appeal). */
  readonly workflows: { readonly case: string; readonly children: readonly string[] };
  readonly steps: readonly SeedCaseStep[];
  /** Each person's inbox at the end (as they see it: rendered in their token's language). */
  readonly inbox: Readonly<Record<string, readonly InboxItem[]>>;
  /** The wellbeing staff's task list for this case at the end. */
  readonly wellbeingTasks: readonly WellbeingTask[];
  readonly realMs: number;
  /** Case time covered: from the report to the last step (ISO). */
  readonly caseTime: { readonly from: string; readonly to: string };
}

export interface SeedCaseOptions {
  /** The system's QORGAU_TIME_SCALE (case milliseconds per real millisecond); default 1 (real time). */
  readonly timeScale?: number;
  readonly onStep?: (step: SeedCaseStep) => void;
  /** Real milliseconds allowed on top of every wait (for Kafka, timers, a slow machine); default 60 s. */
  readonly slackMs?: number;
}

/** A step did not go as expected: the step (ok: false) and everything before it. */
export class SeedCaseFailure extends Error {
  constructor(
    message: string,
    readonly step: SeedCaseStep,
    readonly caseId: string | undefined,
    readonly steps: readonly SeedCaseStep[],
  ) {
    super(message);
    this.name = 'SeedCaseFailure';
  }
}

interface CommandBody {
  readonly caseId?: string;
  readonly version: number;
  readonly stage: string;
  readonly events: string[];
}

interface TimelineEvent {
  readonly seq: number;
  readonly type: string;
  readonly occurredAt: string;
  readonly data: Record<string, unknown>;
}

interface CaseProjection {
  readonly version: number;
  readonly stage: string;
  readonly state: {
    readonly evidenceBasisFlags: readonly { allegationId: string; byRef: string; againstRef: string }[];
    readonly protectionActs: readonly { personRef: string; window: { opensOn: string; closesOn: string } }[];
    readonly commission?: { sessionOn: string } | null;
  };
}

interface StepSpec {
  readonly kind: SeedCaseStepKind;
  readonly actor: string;
  readonly title: string;
  readonly request?: string;
}

type Describe<T> = (body: T, events: readonly TimelineEvent[]) => Promise<string> | string;

const field = <T = string>(data: Record<string, unknown> | undefined, name: string): T | undefined =>
  data?.[name] as T | undefined;

const problemOf = (response: HttpResponse): Problem => {
  const body = (typeof response.body === 'object' && response.body !== null ? response.body : {}) as Problem;
  return { ...body, status: response.status };
};

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** One play of the scenario: the people's clients, the case, what was recorded, the case clock as seen from here. */
class Play {
  readonly steps: SeedCaseStep[] = [];
  readonly started = Date.now();
  readonly clock: CaseTimeEstimate;
  readonly slackMs: number;
  phase: SeedCasePhase = 'report';
  caseId: string | undefined;
  private seq = 0;
  private readonly clients = new Map<string, QorgauHttp>();

  constructor(
    private readonly http: QorgauHttp,
    private readonly people: Readonly<Record<string, { token: string }>>,
    private readonly options: SeedCaseOptions,
  ) {
    this.clock = new CaseTimeEstimate(options.timeScale ?? 1);
    this.slackMs = options.slackMs ?? 60_000;
  }

  as(person: SeedCasePerson): QorgauHttp {
    let client = this.clients.get(person);
    if (!client) {
      client = this.http.as(this.people[person]!.token);
      this.clients.set(person, client);
    }
    return client;
  }

  /** The case's path, once it exists. */
  get c(): string {
    if (!this.caseId) throw new Error('no case yet');
    return `/cases/${this.caseId}`;
  }

  private record(spec: StepSpec, startedAt: number, rest: Partial<SeedCaseStep> & { outcome: string }) {
    const end = Date.now();
    const step: SeedCaseStep = {
      index: this.steps.length + 1,
      phase: this.phase,
      ...spec,
      ok: true,
      asOf: new Date(this.clock.now(end)).toISOString(),
      asOfEstimated: true,
      realElapsedMs: end - this.started,
      durationMs: end - startedAt,
      ...rest,
    };
    this.steps.push(step);
    this.options.onStep?.(step);
    return step;
  }

  private fail(spec: StepSpec, startedAt: number, outcome: string, rest: Partial<SeedCaseStep> = {}): never {
    const step = this.record(spec, startedAt, { ...rest, ok: false, outcome });
    throw new SeedCaseFailure(
      `step ${step.index} (${spec.actor}: ${spec.title}) failed: ${outcome}`,
      step,
      this.caseId,
      this.steps,
    );
  }

  /** The case's events recorded since the last call (the head of the unit reads the timeline). */
  private async newEvents(): Promise<TimelineEvent[]> {
    if (!this.caseId) return [];
    const { body } = await this.as('head-1').get<TimelineEvent[]>('cases', `${this.c}/timeline`);
    const fresh = body.filter((e) => e.seq > this.seq);
    this.seq = Math.max(this.seq, ...body.map((e) => e.seq));
    return fresh;
  }

  async caseState(): Promise<CaseProjection> {
    return (await this.as('head-1').get<CaseProjection>('cases', this.c)).body;
  }

  /** A case command the API must accept: POST, then the recorded events give the step's case time. */
  async command(
    actor: SeedCasePerson,
    title: string,
    path: string,
    body: unknown,
    options: { status?: number; ifMatch?: string; describe?: Describe<CommandBody> } = {},
  ): Promise<{ body: CommandBody; events: TimelineEvent[] }> {
    const spec: StepSpec = { kind: 'command', actor, title, request: `POST cases ${path}` };
    const startedAt = Date.now();
    let response: HttpResponse<CommandBody>;
    try {
      response = await this.as(actor).post<CommandBody>('cases', path, body, {
        allowError: true,
        ifMatch: options.ifMatch,
      });
    } catch (error) {
      return this.fail(spec, startedAt, errorText(error));
    }
    const answeredAt = Date.now();
    const expected = options.status ?? 200;
    if (response.status !== expected) {
      const problem = problemOf(response);
      return this.fail(
        spec,
        startedAt,
        `expected ${expected}, got ${response.status} ${problem.code ?? ''}: ${problem.detail ?? JSON.stringify(response.body)}`,
        { status: response.status, problem },
      );
    }
    const result = response.body;
    this.caseId ??= result.caseId;
    try {
      const events = await this.newEvents();
      const own = events.filter((e) => e.seq <= result.version);
      const last = own[own.length - 1];
      if (last) this.clock.observe(last.occurredAt, startedAt, answeredAt);
      const outcome = options.describe ? await options.describe(result, own) : result.events.join(', ');
      this.record(spec, startedAt, {
        status: response.status,
        version: result.version,
        stage: result.stage,
        events: result.events,
        ...(last ? { asOf: last.occurredAt, asOfEstimated: false } : {}),
        outcome,
      });
      return { body: result, events: own };
    } catch (error) {
      return this.fail(spec, startedAt, `accepted, but reading the case failed: ${errorText(error)}`, {
        status: response.status,
      });
    }
  }

  /** A request the rules must refuse with `code`: the guarantee shown as a real 4xx problem+json. */
  async refused(
    actor: SeedCasePerson,
    title: string,
    service: ServiceName,
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    expected: { status: number; code?: string },
  ): Promise<Problem> {
    const spec: StepSpec = { kind: 'refused', actor, title, request: `${method} ${service} ${path}` };
    const startedAt = Date.now();
    let response: HttpResponse;
    try {
      const client = this.as(actor);
      response =
        method === 'GET'
          ? await client.get(service, path, { allowError: true })
          : await client.post(service, path, body, { allowError: true });
    } catch (error) {
      return this.fail(spec, startedAt, errorText(error));
    }
    const problem = problemOf(response);
    const what = [problem.code, problem.title].filter(Boolean).join(' · ');
    const details = [problem.detail, problem.citation && `citation: ${problem.citation}`].filter(
      (line): line is string => Boolean(line),
    );
    if (response.status !== expected.status || (expected.code && problem.code !== expected.code)) {
      return this.fail(
        spec,
        startedAt,
        `expected ${expected.status} ${expected.code ?? ''}, got ${response.status} ${what}`,
        { status: response.status, problem, details },
      );
    }
    this.record(spec, startedAt, { status: response.status, problem, outcome: `refused: ${what}`, details });
    return problem;
  }

  /** A query whose answer the timeline shows. */
  async read<T>(
    actor: SeedCasePerson,
    title: string,
    service: ServiceName,
    path: string,
    describe: (body: T) => { outcome: string; details?: string[] },
  ): Promise<T> {
    const spec: StepSpec = { kind: 'read', actor, title, request: `GET ${service} ${path}` };
    const startedAt = Date.now();
    try {
      const response = await this.as(actor).get<T>(service, path);
      this.record(spec, startedAt, { status: response.status, ...describe(response.body) });
      return response.body;
    } catch (error) {
      return this.fail(spec, startedAt, errorText(error));
    }
  }

  /** A POST outside the cases-service (wellbeing): accepted with `status`. */
  async post<T>(
    actor: SeedCasePerson,
    title: string,
    service: ServiceName,
    path: string,
    body: unknown,
    describe: (body: T) => { outcome: string; details?: string[] },
    status = 201,
  ): Promise<T> {
    const spec: StepSpec = { kind: 'command', actor, title, request: `POST ${service} ${path}` };
    const startedAt = Date.now();
    let response: HttpResponse<T>;
    try {
      response = await this.as(actor).post<T>(service, path, body, { allowError: true });
    } catch (error) {
      return this.fail(spec, startedAt, errorText(error));
    }
    if (response.status !== status) {
      const problem = problemOf(response);
      return this.fail(
        spec,
        startedAt,
        `expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`,
        {
          status: response.status,
          problem,
        },
      );
    }
    this.record(spec, startedAt, { status: response.status, ...describe(response.body) });
    return response.body;
  }

  /** Waits with `eventually` until `check` sees the effect; `realMs` is how long it may reasonably take. */
  async wait<T>(
    actor: string,
    title: string,
    check: () => Promise<T | undefined>,
    describe: (value: T) => string | { outcome: string; details?: string[] },
    realMs = 0,
  ): Promise<T> {
    const spec: StepSpec = { kind: 'wait', actor, title };
    const startedAt = Date.now();
    let value: T;
    try {
      value = await eventually(title, check, { timeoutMs: realMs + this.slackMs, intervalMs: 250 });
    } catch (error) {
      return this.fail(spec, startedAt, errorText(error));
    }
    const described = describe(value);
    this.record(spec, startedAt, typeof described === 'string' ? { outcome: described } : described);
    return value;
  }

  /** Waits until the case clock (as extrapolated here) reaches `virtualMs`. */
  untilCaseTime(title: string, virtualMs: number): Promise<number> {
    return this.wait(
      'case clock',
      title,
      async () => (this.clock.now() >= virtualMs ? this.clock.now() : undefined),
      (now) => `case time is ${kazakhstanDate(now)}`,
      this.clock.realMsUntil(virtualMs),
    );
  }

  /**
   * Steps that name "today" are sent at least half an hour of case time away from midnight, so the client's estimate
   * of the case clock (minutes off) and the case agree on the day. Not a step: at most a fraction of a real second.
   */
  async awayFromMidnight(): Promise<void> {
    const MARGIN = 30 * 60_000;
    const now = this.clock.now();
    const next = startOfKazakhstanDay(addDays(kazakhstanDate(now), 1));
    if (next - now > MARGIN && now - startOfKazakhstanDay(kazakhstanDate(now)) > MARGIN) return;
    const target = startOfKazakhstanDay(kazakhstanDate(now + MARGIN)) + MARGIN;
    await eventually(
      'case time away from midnight',
      async () => (this.clock.now() >= target ? true : undefined),
      {
        timeoutMs: this.clock.realMsUntil(target) + this.slackMs,
        intervalMs: 20,
      },
    );
  }

  // ---- other services, as the people concerned see them ----

  async inbox(person: SeedCasePerson): Promise<InboxItem[]> {
    const { body } = await this.as(person).get<{ items: InboxItem[] }>(
      'notifications',
      '/inbox?pageSize=100',
    );
    return body.items.filter((item) => item.caseId === null || item.caseId === this.caseId);
  }

  /** Waits until `person` has a `template` notification about the case; returns it. */
  notified(person: SeedCasePerson, why: string, template: string): Promise<InboxItem> {
    return this.wait(
      person,
      `${why}: waits for "${template}" in their inbox (Kafka → notifications-service)`,
      async () => (await this.inbox(person)).find((item) => item.template === template),
      (item) => `inbox: "${item.title}"`,
    );
  }

  async wellbeingTasks(): Promise<WellbeingTask[]> {
    const { body } = await this.as('psychologist-1').get<WellbeingTask[]>('wellbeing', '/tasks');
    return body.filter((task) => task.caseId === this.caseId);
  }
}

const taskLine = (t: WellbeingTask): string =>
  `${t.kind}${t.checkInNumber ? ` #${t.checkInNumber}` : ''} for ${t.personRef}` +
  `${t.dueOn ? `, due ${t.dueOn}` : ''} — ${t.status}, ${t.priority}${t.escalated ? ', escalated' : ''}` +
  `${t.assignedTo ? `, assigned to ${t.assignedTo}` : ''}`;

/** What the support phase leaves for the result: each officer's plan and the staff's task list. */
interface SupportOutcome {
  readonly plans: Record<string, string>;
  readonly tasks: WellbeingTask[];
}

/**
 * Plays the seed's case against a running system. `http` knows the services' URLs; `people` holds a dev token per
 * seed person (`RunningSystem.seed.people`). Resolves with what happened; rejects with SeedCaseFailure at the
 * first step that did not go as expected.
 */
export async function playSeedCase(
  http: QorgauHttp,
  people: Readonly<Record<string, { token: string }>>,
  options: SeedCaseOptions = {},
): Promise<SeedCaseResult> {
  const missing = SEED_CASE_PEOPLE.filter((person) => !people[person]?.token);
  if (missing.length > 0) throw new Error(`no dev token for ${missing.join(', ')} (the seed's people)`);
  const play = new Play(http, people, options);

  await reportTheCase(play);
  await explain(play);
  await orderTheInvestigation(play);
  await fileAndAnswerTheProtectionAct(play);
  await concludeTheInvestigation(play);
  await holdTheCommission(play);
  const decidedOn = await issueTheOrder(play);
  await appealToTheHigherOfficial(play);
  const { plans, tasks } = await followUpWithSupport(play, decidedOn);

  const caseId = play.caseId!;
  const inbox: Record<string, InboxItem[]> = {};
  for (const person of ['officer-a', 'officer-b', 'psychologist-1'] as const)
    inbox[person] = await play.inbox(person);
  const first = play.steps.find((s) => !s.asOfEstimated)?.asOf ?? play.steps[0]!.asOf;
  return {
    caseId,
    workflows: {
      case: `case-${caseId}`,
      children: [...Object.values(plans), `appeal-${caseId}-ap-1`],
    },
    steps: play.steps,
    inbox,
    wellbeingTasks: tasks,
    realMs: Date.now() - play.started,
    caseTime: { from: first, to: play.steps[play.steps.length - 1]!.asOf },
  };
}

/** The report: a verbal conflict, a slap alleged, no objective evidence. */
async function reportTheCase(play: Play): Promise<void> {
  play.phase = 'report';
  const { clock } = play;
  const discoveredOn = kazakhstanDate(clock.now());
  await play.command(
    'head-1',
    "registers officer A's report (рапорт): mutual insults, A says B slapped them; no video, no injury record, no medical exam",
    '/cases',
    seedReport(discoveredOn, addDays(discoveredOn, -1)),
    {
      status: 201,
      describe: async (body) => {
        const flags = (await play.caseState()).state.evidenceBasisFlags;
        const flagged = flags.map((f) => `${f.allegationId} (${f.byRef} against ${f.againstRef})`).join(', ');
        return `case ${body.caseId}${flagged ? `; evidence-basis flag: ${flagged} — physical harm alleged with no objective evidence` : ''}`;
      },
    },
  );
}

/** Explanations (art. 57 p.3): both officers deny, so an investigation is required (art. 58 p.1). */
async function explain(play: Play): Promise<void> {
  play.phase = 'explanations';
  const c = play.c;
  await play.command(
    'head-1',
    'demands written explanations from both subjects',
    `${c}/explanations/request`,
    {},
    {
      describe: (_b, events) => `explanations due ${field(events[0]?.data, 'dueOn') ?? '?'}`,
    },
  );
  await play.notified('officer-b', 'is asked to explain', 'explanation-demanded');
  for (const person of ['officer-a', 'officer-b'] as const) {
    await play.command(
      person,
      'explains in writing: denies the misconduct',
      `${c}/explanations`,
      { personRef: person, kind: 'denial', documentRef: `explanation-${person}` },
      { describe: () => 'denial recorded: an investigation is needed (art. 58 p.1)' },
    );
  }
}

/** The investigation, opening a Protection Act window for each subject. */
async function orderTheInvestigation(play: Play): Promise<void> {
  play.phase = 'investigation';
  const c = play.c;
  const { etag } = await play.as('head-1').get('cases', c);
  await play.command(
    'head-1',
    `orders the investigation, assigns inv-1 (If-Match ${etag ?? '?'}: optimistic concurrency)`,
    `${c}/investigation`,
    { investigatorRef: 'inv-1' },
    {
      ifMatch: etag,
      describe: (_b, events) => {
        const ordered = events.find((e) => e.type === 'InvestigationOrdered')?.data;
        const windows =
          field<{ personRef: string; window: { closesOn: string } }[]>(ordered, 'protectionActWindows') ?? [];
        return `investigation due ${field(ordered, 'dueOn') ?? '?'}; Protection Act windows: ${windows
          .map((w) => `${w.personRef} until ${w.window.closesOn}`)
          .join(', ')}`;
      },
    },
  );
}

/** Officer B's Protection Act: objections, a request for additional verification, ...; every item answered. */
async function fileAndAnswerTheProtectionAct(play: Play): Promise<void> {
  play.phase = 'protection-act';
  const { clock } = play;
  const c = play.c;
  await play.notified(
    'officer-b',
    'learns that the Protection Act window is open',
    'protection-act-window-opened',
  );
  await play.command(
    'officer-b',
    'files a Protection Act: objections, procedural violation, questionable evidence, legal justification',
    `${c}/protection-acts`,
    { items: B_PROTECTION_ACT.slice(0, 5) },
    { describe: (_b, events) => `version ${versionOf(events)} with 5 items` },
  );
  await play.command(
    'officer-b',
    'amends it before the window closes: adds protection evidence (the shift log, content-hashed)',
    `${c}/protection-acts`,
    { items: B_PROTECTION_ACT },
    { describe: (_b, events) => `version ${versionOf(events)} with 6 items; version 1 is kept` },
  );
  await play.notified('inv-1', 'is told a Protection Act was filed', 'protection-act-filed');
  for (const item of B_PROTECTION_ACT) {
    const answer = ANSWERS[item.id]!;
    await play.command(
      'inv-1',
      `answers ${item.id} (${item.section}) with reasons`,
      `${c}/protection-acts/officer-b/items/${item.id}/answer`,
      answer,
      {
        describe: () =>
          `${answer.decision}: ${answer.reason}${answer.verification ? `; verification: ${answer.verification}` : ''}`,
      },
    );
  }
  await play.refused(
    'inv-1',
    'tries to conclude while the Protection Act windows are still open',
    'cases',
    'POST',
    `${c}/conclusion`,
    CONCLUSION,
    { status: 409, code: 'PROTECTION_ACT_WINDOW_OPEN' },
  );
  const windows = (await play.caseState()).state.protectionActs.map((a) => a.window.closesOn).sort();
  const lastClose = windows[windows.length - 1]!;
  await play.wait(
    'inv-1',
    `waits on case time until every Protection Act window has closed (last: ${lastClose}); the case's own timer ends it`,
    async () => {
      const { body } = await play
        .as('inv-1')
        .get<Record<string, { command: string }[]>>('cases', `${c}/tasks`);
      return body.investigator?.some((t) => t.command === 'SubmitConclusion') ? body : undefined;
    },
    () => `the windows closed; the investigator's task list now offers SubmitConclusion`,
    clock.realMsUntil(startOfKazakhstanDay(addDays(lastClose, 1))),
  );
}

/** The conclusion: findings per person, differentiated proposals, every item referenced. */
async function concludeTheInvestigation(play: Play): Promise<void> {
  play.phase = 'conclusion';
  const c = play.c;
  await play.command(
    'inv-1',
    'submits the conclusion: facts partly established, roles differentiated, every Protection Act item referenced',
    `${c}/conclusion`,
    CONCLUSION,
    {
      describe: (_b, events) => {
        const flags = field<unknown[]>(
          events.find((e) => e.type === 'ConclusionSubmitted')?.data,
          'evidenceBasisFlags',
        );
        return `proposes a remark for officer-a, a reprimand for officer-b${flags?.length ? `; carries ${flags.length} evidence-basis flag(s) to the decider` : ''}`;
      },
    },
  );
  await play.command(
    'head-1',
    'approves the conclusion (art. 58 p.5)',
    `${c}/conclusion/approval`,
    {},
    {
      describe: (_b, events) =>
        `to be shown to the employees by ${field(events[events.length - 1]?.data, 'familiarizationDueOn') ?? '?'}`,
    },
  );
  await play.command(
    'head-1',
    'shows the conclusion to officer-a: signed (art. 58 p.8)',
    `${c}/familiarizations`,
    { personRef: 'officer-a', outcome: 'signed' },
    { describe: () => 'signed' },
  );
  await play.command(
    'inv-1',
    'shows the conclusion to officer-b: signed',
    `${c}/familiarizations`,
    { personRef: 'officer-b', outcome: 'signed' },
    { describe: () => 'signed' },
  );
}

/** The commission: notice, quorum, the open vote; the symmetric-sanction guard. */
async function holdTheCommission(play: Play): Promise<void> {
  play.phase = 'commission';
  const { clock } = play;
  const c = play.c;
  await play.awayFromMidnight();
  const today = kazakhstanDate(clock.now());
  const tooSoon = await play.refused(
    'head-1',
    `tries to convene the commission today (${today}) without notice`,
    'cases',
    'POST',
    `${c}/commission/session`,
    { members: COMMISSION, sessionOn: today },
    { status: 422, code: 'COMMISSION_NOTICE_TOO_SHORT' },
  );
  let sessionOn = field(tooSoon.params, 'earliest');
  if (!sessionOn) throw new Error(`the refusal named no earliest session day: ${JSON.stringify(tooSoon)}`);
  await play.command(
    'head-1',
    `convenes the five-member commission on ${sessionOn}, the earliest day after a working day's notice`,
    `${c}/commission/session`,
    { members: COMMISSION, sessionOn },
    {
      describe: (_b, events) => {
        sessionOn = field(events[0]?.data, 'sessionOn') ?? sessionOn;
        return `session on ${sessionOn}; both officers notified`;
      },
    },
  );
  await play.notified('officer-a', 'is notified of the session', 'commission-notice');
  await play.untilCaseTime(
    `waits on case time for the session day (${sessionOn}, 10:00)`,
    startOfKazakhstanDay(sessionOn) + 10 * 3_600_000,
  );
  const minutes = (a: Record<string, number>, b: Record<string, number>, justification?: string) => ({
    presentRefs: PRESENT,
    considerations: [
      { personRef: 'officer-a', participation: 'in-person', votes: votes(a) },
      { personRef: 'officer-b', participation: 'video', votes: votes(b) },
    ],
    protectionActReferences: PROTECTION_ACT_REFERENCES,
    ...(justification ? { symmetricSanctionJustification: justification } : {}),
  });
  await play.refused(
    'secretary-1',
    'records the minutes: 4 of 5 present (quorum 4); the votes give both officers a reprimand, as in the seed case',
    'cases',
    'POST',
    `${c}/commission/session/minutes`,
    minutes({ reprimand: 3, remark: 1 }, { reprimand: 4 }),
    { status: 422, code: 'SYMMETRIC_SANCTION_JUSTIFICATION_REQUIRED' },
  );
  await play.command(
    'secretary-1',
    'records the minutes of the re-vote after the guard: officer-a remark 3:1, officer-b reprimand 4:0',
    `${c}/commission/session/minutes`,
    minutes({ remark: 3, reprimand: 1 }, { reprimand: 4 }),
    {
      describe: (_b, events) => {
        const held = events.find((e) => e.type === 'CommissionSessionHeld')?.data;
        const recs =
          field<
            { personRef: string; outcome: { kind: string; penalty?: string }; tally: { present: number } }[]
          >(held, 'recommendations') ?? [];
        return `recommends ${recs
          .map((r) => `${r.personRef}: ${r.outcome.penalty ?? r.outcome.kind}`)
          .join(', ')} (${PRESENT.length} of ${COMMISSION.length} present)`;
      },
    },
  );
}

/** The order: the head imposes what the commission recommended. */
async function issueTheOrder(play: Play): Promise<string> {
  play.phase = 'order';
  const { clock } = play;
  const c = play.c;
  const order = await play.command(
    'head-1',
    'issues the order: a remark for officer-a, a reprimand for officer-b',
    `${c}/order`,
    { basis: 'investigation', penalties: PROPOSALS },
    {
      describe: (_b, events) => {
        const plans = field<{ personRef: string }[]>(
          events.find((e) => e.type === 'SupportPlansOffered')?.data,
          'plans',
        );
        return `${events.map((e) => e.type).join(', ')}; support plans for ${plans?.map((p) => p.personRef).join(', ') ?? '?'}`;
      },
    },
  );
  const decidedOn = kazakhstanDate(
    Date.parse(order.events[0]?.occurredAt ?? new Date(clock.now()).toISOString()),
  );
  await play.command(
    'head-1',
    'announces the order to officer-a: signed (art. 57 p.8)',
    `${c}/order/announcements`,
    { personRef: 'officer-a', outcome: 'signed' },
    { describe: (_b, events) => `appeal possible until ${field(events[0]?.data, 'appealDueOn') ?? '?'}` },
  );
  await play.command(
    'head-1',
    'announces the order to officer-b: refuses to sign, the refusal is recorded (art. 57 p.9)',
    `${c}/order/announcements`,
    { personRef: 'officer-b', outcome: 'refused' },
    { describe: (_b, events) => `appeal possible until ${field(events[0]?.data, 'appealDueOn') ?? '?'}` },
  );
  return decidedOn;
}

/** The appeal to the higher official (does not suspend enforcement). */
async function appealToTheHigherOfficial(play: Play): Promise<void> {
  play.phase = 'appeal';
  const c = play.c;
  const caseId = play.caseId!;
  await play.notified('officer-b', 'reads the penalty', 'order-issued-penalty');
  await play.command(
    'officer-b',
    'appeals the reprimand to the higher official (art. 57 p.19)',
    `${c}/appeals`,
    { appealId: 'ap-1', penaltyId: `${caseId}/officer-b/v-insults`, to: 'higher-official' },
    { describe: () => `appeal ap-1 pending; the appeal workflow appeal-${caseId}-ap-1 started` },
  );
  await play.command(
    'higher-1',
    'decides the appeal: upheld, with reasons',
    `${c}/appeals/ap-1/decision`,
    { outcome: 'upheld', reason: 'The penalty matches the established part of the misconduct' },
    { describe: () => 'upheld: the reprimand stands (the appeal did not suspend it)' },
  );
  await play.notified('officer-b', 'learns the appeal decision', 'appeal-decided');
}

/** Support after the decision: consent, the first check-in on compressed time, the staff's list. */
async function followUpWithSupport(play: Play, decidedOn: string): Promise<SupportOutcome> {
  play.phase = 'support';
  const { clock } = play;
  const caseId = play.caseId!;
  const plans: Record<string, string> = {};
  for (const person of ['officer-a', 'officer-b'] as const) {
    const plan = await play.wait(
      person,
      'waits for their support plan (GET wellbeing /me/plans)',
      async () => {
        const { body } = await play
          .as(person)
          .get<
            { planId: string; caseId: string | null; status: string; consentState: string }[]
          >('wellbeing', '/me/plans');
        return body.find((p) => p.caseId === caseId);
      },
      (p) => `plan ${p.planId}: ${p.status}, consent ${p.consentState}`,
    );
    plans[person] = plan.planId;
    await play.post(
      person,
      'gives consent to the support check-ins',
      'wellbeing',
      `/me/plans/${plan.planId}/consent`,
      { decision: 'given' },
      () => ({ outcome: 'consent given' }),
    );
  }
  const firstDue = addDays(decidedOn, 7);
  await play.wait(
    'psychologist-1',
    `waits on case time for check-in 1 of both officers (due ${firstDue}: 7 days after the decision)`,
    async () => {
      const tasks = await play.wellbeingTasks();
      const checkIns = tasks.filter((t) => t.kind === 'check-in' && t.checkInNumber === 1);
      return checkIns.length >= 2 ? checkIns : undefined;
    },
    (tasks) =>
      `check-in tasks on the staff list: ${tasks.map((t) => `${t.personRef} due ${t.dueOn}`).join(', ')}`,
    clock.realMsUntil(startOfKazakhstanDay(firstDue)),
  );
  await play.notified('psychologist-1', 'is told the check-ins are due', 'check-in-due');
  const questionnaire = await play.read<{ items: { id: string; options: { id: string }[] }[] }>(
    'officer-b',
    'opens the check-in questionnaire',
    'wellbeing',
    '/me/questionnaire?lang=en',
    (body) => ({ outcome: `${body.items.length} items: ${body.items.map((i) => i.id).join(', ')}` }),
  );
  const known = (answers: Record<string, string>) => {
    for (const [item, option] of Object.entries(answers)) {
      if (!questionnaire.items.find((i) => i.id === item)?.options.some((o) => o.id === option))
        throw new Error(`the questionnaire has no option ${option} for ${item}`);
    }
    return answers;
  };
  await play.post<{ urgent: boolean }>(
    'officer-b',
    'answers check-in 1: doing fine',
    'wellbeing',
    '/me/check-ins',
    { planId: plans['officer-b'], answers: known(FINE_ANSWERS), contactRequested: false, language: 'en' },
    (body) => ({ outcome: body.urgent ? 'urgent (unexpected)' : 'stored; nothing urgent' }),
  );
  await play.post<{ urgent: boolean }>(
    'officer-a',
    'answers check-in 1: isolated by colleagues since the case, strained; asks to be contacted',
    'wellbeing',
    '/me/check-ins',
    {
      planId: plans['officer-a'],
      answers: known(STIGMATIZED_ANSWERS),
      contactRequested: true,
      concern: STIGMATIZED_CONCERN,
      language: 'en',
    },
    (body) => ({
      outcome: body.urgent ? 'urgent: an escalated task for the wellbeing staff' : 'not urgent (unexpected)',
    }),
  );
  await play.post<{ category: string }>(
    'officer-a',
    'reports stigmatization through the confidential channel, linked to the case',
    'wellbeing',
    '/me/concerns',
    { caseId, category: 'stigmatization', content: STIGMATIZED_CONCERN },
    (body) => ({
      outcome: `concern (${body.category}) recorded; only "a concern was raised" may leave the wellbeing service`,
    }),
  );
  const tasks = await play.wait(
    'psychologist-1',
    "reads the wellbeing staff's task list (GET wellbeing /tasks)",
    async () => {
      const list = await play.wellbeingTasks();
      return list.some((t) => t.kind === 'urgent-self-check-in') ? list : undefined;
    },
    (list) => ({ outcome: `${list.length} tasks for this case`, details: list.map(taskLine) }),
  );
  await play.refused(
    'head-1',
    "tries to read the wellbeing staff's tasks: the wall",
    'wellbeing',
    'GET',
    '/tasks',
    undefined,
    { status: 403 },
  );
  return { plans, tasks };
}

/** The investigator's conclusion: findings per person, differentiated proposals, every Protection Act item referenced. */
const CONCLUSION = {
  findings: FINDINGS,
  proposals: PROPOSALS,
  circumstances: [],
  protectionActReferences: PROTECTION_ACT_REFERENCES,
};

const versionOf = (events: readonly TimelineEvent[]): string =>
  String(
    field<{ version: number }>(events.find((e) => e.type === 'ProtectionActFiled')?.data, 'version')
      ?.version ?? '?',
  );
