import {
  ActivityFailure,
  ApplicationFailure,
  ParentClosePolicy,
  WorkflowIdReusePolicy,
  allHandlersFinished,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  log,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  sleep,
  startChild,
  workflowInfo,
  type ChildWorkflowHandle,
} from '@temporalio/workflow';
import {
  DEFAULT_ENVIRONMENT,
  caseDeadlines,
  decide,
  decisionEnvironmentOf,
  pinnedEnvironmentIntegrityProblems,
  pinnedEnvironmentProblems,
  evolve,
  initialCaseState,
  kazakhstanDateOf,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type DecisionEnvironment,
  type DomainError,
  type PinnedEnvironment,
} from '@qorgau/domain';
import type { CaseActivities, CrossCaseActivities, RecordTransitionOutput } from '../activities';
import { ACTIVITY_OPTIONS, LOCAL_RECORDING_OPTIONS } from '../activity-options';
import {
  DOMAIN_ERROR_TYPE,
  INVALID_ENVIRONMENT_TYPE,
  TRANSITION_NOT_RECORDED_TYPE,
  VERSION_MISMATCH_TYPE,
  absenceReportedSignal,
  appealDecidedSignal,
  caseClockQuery,
  deadlinesQuery,
  environmentQuery,
  executeUpdate,
  migrateEnvironmentUpdate,
  stateQuery,
  submitSignal,
  tasksQuery,
  type CaseCommandRequest,
  type CaseCommandResult,
  type CaseView,
  type DeadlineView,
  type EnvironmentMigrationRequest,
  type RejectedRequest,
  type VersionMismatchDetails,
} from '../definitions';
import { caseClock, caseClockView, type CaseClockInput } from '../case-clock';
import { tasksByRole } from '../tasks';
import {
  DEFAULT_TIMER_POLICY,
  plannedNotices,
  planTimers,
  type PlannedNotice,
  type TimerPolicy,
} from '../timers';
import { appealWorkflow, type AppealWorkflowInput } from './appeal';
import { NOTICES_ON_TIMERS_PATCH } from './time-on-timers';
import { startChildOnce } from './child-start';
import { CROSS_CASE_LAPSE_PATCH, LEGAL_GAPS_PATCH, SEPARATE_TRACKS_PATCH } from './legal-gaps';
import { POST_CLOSURE_REQUESTS_PATCH, postClosureWindowEnd } from './post-closure';
import { supportFollowUpWorkflow, type SupportFollowUpInput } from './support-follow-up';

export interface CaseSnapshot {
  readonly state: CaseState;
  readonly version: number;
}

export interface InvestigationWorkflowInput {
  readonly caseId: string;
  /** Carried across continueAsNew (or a migration from another store). */
  readonly snapshot?: CaseSnapshot;
  readonly sentNotices?: readonly string[];
  readonly children?: readonly string[];
  /** The unit the case belongs to: support follow-ups carry it (wellbeing staff are per unit). */
  readonly unitId?: string;
  readonly timerPolicy?: TimerPolicy;
  /** Follow-up policy for support children (grace period to record an outcome; default 7 days). */
  readonly supportGraceDays?: number;
  /** Days the higher official has to decide an appeal before the appeal child escalates (default 30). */
  readonly appealDecisionDays?: number;
  /** continueAsNew once the history has this many events (default 2,000; the server also suggests it). */
  readonly maxHistoryEvents?: number;
  /**
   * Compressed time (demos, end-to-end tests): the case lives on a virtual timeline `scale` times faster than real
   * time from `origin` (see case-clock.ts); its children get the same clock. Absent: real time.
   */
  readonly clock?: CaseClockInput;
  /**
   * The decision environment (policy + calendar data) the case was started with, by value: recorded in the
   * history, so a later edit of the policy or the calendar file does not change this case's decisions (only an
   * audited migration does; carried across continueAsNew). Absent: a case started before environments were
   * pinned, deciding with the compiled default.
   */
  readonly environment?: PinnedEnvironment;
}

/** Validated, or the workflow fails at once (non-retryable): no case runs on an environment it cannot use. */
function pinnedOrFail(environment: PinnedEnvironment | undefined): PinnedEnvironment | undefined {
  if (environment === undefined) return undefined;
  const problems = pinnedEnvironmentIntegrityProblems(environment);
  if (problems.length > 0)
    throw ApplicationFailure.nonRetryable(`environment: ${problems.join('; ')}`, INVALID_ENVIRONMENT_TYPE);
  return environment;
}

const activities = proxyActivities<CaseActivities & CrossCaseActivities>(ACTIVITY_OPTIONS);
const local = proxyLocalActivities<Pick<CaseActivities, 'recordTransition'>>(LOCAL_RECORDING_OPTIONS);

const SYSTEM = { ref: 'system', role: 'system' } as const;

export const SUSPENSION_ANNOUNCEMENT_TIMERS_PATCH = 'suspension-announcement-timers';
/** Transitions recorded by a local activity (LOCAL_RECORDING_OPTIONS); histories recorded before keep the activity. */
export const LOCAL_RECORDING_PATCH = 'record-transition-local';
/**
 * The loop's floor of time (`firedUpTo`) also rises to each recorded command's instant. Without it a case that had
 * slept days towards its next notice planned a command's consequences as of the last fired timer: a pause started
 * today was not yet running then, so the midnight re-planning of its provisional clock was skipped
 * (apps/workflow-worker test/quiet-spell.int.test.ts).
 */
export const FLOOR_FOLLOWS_COMMANDS_PATCH = 'floor-follows-commands';

export const domainFailure = (error: DomainError): ApplicationFailure =>
  ApplicationFailure.create({
    type: DOMAIN_ERROR_TYPE,
    message: `${error.code}: ${error.messageKey}`,
    nonRetryable: true,
    details: [error],
  });

export const versionMismatch = (expectedVersion: number, actualVersion: number): ApplicationFailure => {
  const details: VersionMismatchDetails = { expectedVersion, actualVersion };
  return ApplicationFailure.create({
    type: VERSION_MISMATCH_TYPE,
    message: `expected case version ${expectedVersion}, the case is at ${actualVersion}`,
    nonRetryable: true,
    details: [details],
  });
};

/**
 * One investigation, from the report to the last penalty's end, durably (id `case-<caseId>`); then, closed, open
 * for post-case requests until the case's support has run (see post-closure.ts).
 */
export async function investigationWorkflow(input: InvestigationWorkflowInput): Promise<CaseView> {
  const { caseId } = input;
  // Suspension-announcement timers (art. 38) came later: a case whose history predates them keeps its timers.
  const timerPolicy: TimerPolicy = patched(SUSPENSION_ANNOUNCEMENT_TIMERS_PATCH)
    ? (input.timerPolicy ?? DEFAULT_TIMER_POLICY)
    : { ...(input.timerPolicy ?? DEFAULT_TIMER_POLICY), ignoredClocks: ['suspension-announcement'] };
  // Cases started before issue 16's rule revision keep its earlier timing (windows, appeal periods, chair's vote).
  // Cases started before separate tracks per subject keep one order deciding everyone (revision 1).
  const ruleRevision: Pick<DecisionEnvironment, 'ruleRevision'> = !patched(LEGAL_GAPS_PATCH)
    ? { ruleRevision: 0 }
    : patched(SEPARATE_TRACKS_PATCH)
      ? {}
      : { ruleRevision: 1 };
  let state: CaseState = input.snapshot?.state ?? initialCaseState(caseId);
  let version = input.snapshot?.version ?? 0;
  const sent = new Set<string>(input.sentNotices ?? []);
  const children = new Set<string>(input.children ?? []);
  const rejections: RejectedRequest[] = [];
  // Every read of time and every timer goes through the case clock (real time unless `input.clock` compresses it).
  const clock = caseClock(input.clock, workflowInfo().startTime.getTime());
  // Notices fire on timers only (time-on-timers.ts): `firedUpTo` is the case instant the last fired timer was set
  // for, which every replay agrees has passed; the case's "now" is never earlier than it.
  const noticesOnTimers = patched(NOTICES_ON_TIMERS_PATCH);
  const localRecording = patched(LOCAL_RECORDING_PATCH);
  const recordTransition = localRecording ? local.recordTransition : activities.recordTransition;
  // Runs that record this patch also move `firedUpTo` to each recorded command's instant (see `run`).
  const floorFollowsCommands = patched(FLOOR_FOLLOWS_COMMANDS_PATCH);
  let firedUpTo = clock.now();
  const caseNow = (): number => (noticesOnTimers ? Math.max(clock.now(), firedUpTo) : clock.now());
  const now = (): string => new Date(caseNow()).toISOString();
  const childClock = clock.input ? { clock: clock.input } : {};
  // The case's decision environment: pinned at start (or by a migration), never read from the code's defaults.
  let pinned = pinnedOrFail(input.environment);
  let env: DecisionEnvironment = {
    ...(pinned ? decisionEnvironmentOf(pinned) : DEFAULT_ENVIRONMENT),
    ...ruleRevision,
  };
  // Children decide nothing themselves but carry the parent's environment (their input records it).
  const childEnvironment = (): { environment?: PinnedEnvironment } => (pinned ? { environment: pinned } : {});

  // decide → persist → evolve is atomic per command: commands run one at a time, in arrival order.
  let tail: Promise<unknown> = Promise.resolve();
  const serialised = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };

  // Events a lost attempt of this workflow had recorded (see `adopt`): each adopted command's result, by its key.
  const adoptedResults = new Map<string, CaseCommandResult>();

  /**
   * A local activity commits before its workflow task completes. When the worker dies in between, the retried task
   * decides again from the version before (at another instant, so with other events), and `recordTransition` answers
   * what the lost attempt recorded instead. The workflow takes those events as its own: the projection, the outbox
   * and the workflow agree, and each command among them is answered with what it recorded.
   */
  const adopt = async (unseen: NonNullable<RecordTransitionOutput['unseen']>): Promise<void> => {
    const events = unseen.map((u) => u.event);
    log.warn('adopting transitions a lost workflow task recorded', {
      caseId,
      fromVersion: version,
      events: events.map((e) => e.type),
      commands: unseen.map((u) => u.commandId),
    });
    state = events.reduce(evolve, state);
    version += events.length;
    for (const commandId of new Set(unseen.map((u) => u.commandId))) {
      if (commandId === null) continue;
      const own = unseen.filter((u) => u.commandId === commandId).map((u) => u.event.type);
      adoptedResults.set(commandId, { version, stage: state.stage, events: own });
    }
    await afterEvents(events);
  };

  const run = async (request: CaseCommandRequest): Promise<CaseCommandResult> => {
    for (;;) {
      const adopted = adoptedResults.get(request.requestId);
      if (adopted) {
        adoptedResults.delete(request.requestId);
        return adopted;
      }
      const at = now();
      const decision = decide(state, request.command, at, env);
      if (!decision.ok) throw domainFailure(decision.error);
      const events = decision.value;
      const next = events.reduce(evolve, state);
      if (events.length > 0) {
        let recorded: RecordTransitionOutput;
        try {
          recorded = await recordTransition({
            caseId,
            fromVersion: version,
            events,
            state: next,
            recordedAt: at,
            requestId: request.requestId,
            actorRef: request.actor.ref,
            ...(request.traceId ? { traceId: request.traceId } : {}),
            ...(localRecording ? { adoptUnseen: true } : {}),
          });
        } catch (error) {
          if (error instanceof ActivityFailure) {
            throw ApplicationFailure.create({
              type: TRANSITION_NOT_RECORDED_TYPE,
              message: `could not record ${request.command.type}: ${error.cause?.message ?? error.message}`,
              nonRetryable: true,
            });
          }
          throw error;
        }
        // The recorded instant has passed on every replay (it is the activity's recorded result): the floor of
        // the case's time moves up to it, so a loop that slept through a quiet spell plans from here.
        if (floorFollowsCommands && recorded.recordedAt)
          firedUpTo = Math.max(firedUpTo, Date.parse(recorded.recordedAt));
        if (recorded.unseen) {
          await adopt(recorded.unseen);
          continue; // this command is answered from what was adopted, or decided again on top of it
        }
      }
      state = next;
      version += events.length;
      await afterEvents(events);
      return { version, stage: state.stage, events: events.map((e) => e.type) };
    }
  };

  // Optimistic concurrency, checked when the command's turn comes (after the commands queued before it): of two
  // commands decided on the same version, the second is refused.
  const execute = (request: CaseCommandRequest): Promise<CaseCommandResult> =>
    serialised(() => {
      const adopted = adoptedResults.has(request.requestId); // decided on the version it expected, by a lost attempt
      if (request.expectedVersion !== undefined && request.expectedVersion !== version && !adopted)
        return Promise.reject(versionMismatch(request.expectedVersion, version));
      return run(request);
    });

  const submitWithoutAnswer = (request: CaseCommandRequest): void => {
    void execute(request).catch((error: unknown) => {
      const domainError =
        error instanceof ApplicationFailure && error.type === DOMAIN_ERROR_TYPE
          ? (error.details?.[0] as DomainError)
          : undefined;
      if (domainError)
        rejections.push({
          requestId: request.requestId,
          command: request.command.type,
          error: domainError,
          at: now(),
        });
      else log.error('signalled command failed', { requestId: request.requestId, error: String(error) });
    });
  };

  // ---- children ----
  const appealChildren = new Map<string, ChildWorkflowHandle<typeof appealWorkflow>>();

  async function afterEvents(events: readonly CaseEvent[]): Promise<void> {
    for (const event of events) {
      if (event.type === 'SupportPlansOffered') {
        for (const plan of event.plans) {
          const party = state.parties.find((p) => p.personRef === plan.personRef);
          const role = party?.roles.includes('applicant')
            ? 'applicant'
            : party?.roles.includes('subject')
              ? 'subject'
              : 'witness';
          // The parent's environment rides along (recorded in the child's history); the support workflow (owned by
          // wellbeing) does not read it yet.
          const childInput: SupportFollowUpInput & { readonly environment?: PinnedEnvironment } = {
            planId: plan.planId,
            personRef: plan.personRef,
            role,
            caseId,
            unitId: input.unitId ?? 'unassigned',
            startsOn: plan.startsOn,
            offsetsDays: plan.checkIns.map((c) => c.offsetDays),
            graceDays: input.supportGraceDays ?? 7,
            ...childClock,
            ...childEnvironment(),
          };
          const workflowId = `support-${plan.personRef}-${caseId}`;
          await startOnce(workflowId, () =>
            startChild(supportFollowUpWorkflow, {
              workflowId,
              args: [childInput],
              // The support outlives the case.
              parentClosePolicy: ParentClosePolicy.ABANDON,
              workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
            }),
          );
        }
      }
      if (event.type === 'AppealFiled' && event.appeal.to === 'higher-official') {
        const id = `appeal-${caseId}-${event.appeal.appealId}`;
        const childInput: AppealWorkflowInput = {
          caseId,
          appeal: event.appeal,
          decisionDays: input.appealDecisionDays ?? 30,
          ...childClock,
          ...childEnvironment(),
        };
        const handle = await startOnce(id, () =>
          startChild(appealWorkflow, {
            workflowId: id,
            args: [childInput],
            parentClosePolicy: ParentClosePolicy.ABANDON,
            workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
          }),
        );
        if (handle) appealChildren.set(event.appeal.appealId, handle);
      }
      if (event.type === 'AppealDecided') {
        const id = `appeal-${caseId}-${event.appealId}`;
        const decision = { outcome: event.outcome, reason: event.reason };
        const handle = appealChildren.get(event.appealId);
        // After continueAsNew the child handle is gone: signal it by id.
        if (handle) await handle.signal(appealDecidedSignal, decision);
        else if (children.has(id)) await getExternalWorkflowHandle(id).signal(appealDecidedSignal, decision);
      }
    }
  }

  // A child is marked started only once it is: already running under its id (an earlier run of this case) counts;
  // any other failure propagates (see child-start.ts), so the workflow task fails and Temporal retries it — the
  // start is retried and visible as a failing task, never recorded as done while nothing runs.
  const startOnce = <T>(workflowId: string, start: () => Promise<T>): Promise<T | undefined> =>
    startChildOnce(children, workflowId, start, (error) =>
      log.warn('child already started', { workflowId, error: String(error) }),
    );

  // ---- timers: reminders, escalations, automatic transitions ----
  const escalateTo = (): string | null => state.investigation?.orderedBy ?? state.order?.issuedBy ?? null;

  async function fire(notice: PlannedNotice): Promise<void> {
    const { deadline } = notice;
    const data = {
      caseId,
      clock: deadline.clock.clock,
      dueOn: deadline.clock.dueOn,
      citation: deadline.clock.citation,
      why: deadline.clock.why,
      personRef: deadline.personRef ?? null,
      penaltyId: deadline.penaltyId ?? null,
      violationId: deadline.violationId ?? null,
    };
    const base = { caseId, workflowId: workflowInfo().workflowId, key: notice.key, occurredAt: now() };
    switch (notice.kind) {
      case 'reminder':
        await activities.announceCaseNotice({
          ...base,
          type: 'case.deadline-approaching',
          data: { ...data, workingDaysBefore: notice.workingDaysBefore ?? null },
        });
        break;
      case 'escalation':
        await activities.announceCaseNotice({
          ...base,
          type: 'case.deadline-passed',
          data: { ...data, escalateTo: escalateTo() },
        });
        break;
      case 'window-closed': {
        const act = state.protectionActs.find((a) => a.personRef === deadline.personRef);
        await activities.announceCaseNotice({
          ...base,
          type: 'case.protection-act-window-closed',
          data: { ...data, used: (act?.versions.length ?? 0) > 0 },
        });
        break;
      }
      case 'expire-penalty': {
        const penaltyId = deadline.penaltyId ?? '';
        // A new penalty in another case within the term keeps this one in force (art. 57 p.17).
        const otherCasePenalties = patched(CROSS_CASE_LAPSE_PATCH)
          ? await activities.penaltiesOfOfficer({ personRef: deadline.personRef ?? '', exceptCaseId: caseId })
          : undefined;
        const command: CaseCommand = {
          type: 'ExpirePenalty',
          penaltyId,
          ...(otherCasePenalties ? { otherCasePenalties } : {}),
        };
        try {
          await run({ command, actor: SYSTEM, requestId: `auto-${notice.key}` });
        } catch (error) {
          log.warn('automatic expiry refused', { key: notice.key, error: String(error) });
        }
        break;
      }
    }
    sent.add(notice.key);
  }

  // ---- handlers ----
  setHandler(executeUpdate, execute, {
    validator: (request: CaseCommandRequest): void => {
      if (!request || typeof request !== 'object' || !request.command || !request.actor || !request.requestId)
        throw ApplicationFailure.create({
          type: DOMAIN_ERROR_TYPE,
          message: 'INVALID_COMMAND: a request needs command, actor and requestId',
          nonRetryable: true,
          details: [
            { code: 'INVALID_COMMAND', citation: '', messageKey: 'error.INVALID_COMMAND', params: {} },
          ],
        });
      // Already recorded by a lost attempt and adopted: admitted, and answered with what it recorded (`run`).
      if (adoptedResults.has(request.requestId)) return;
      // Stale already (versions only grow): refused before it is admitted. A higher version may be a transition
      // still being recorded; the handler checks the exact version when the command's turn comes.
      if (request.expectedVersion !== undefined) {
        if (!Number.isInteger(request.expectedVersion) || request.expectedVersion < 0)
          throw ApplicationFailure.create({
            type: DOMAIN_ERROR_TYPE,
            message: 'INVALID_COMMAND: expectedVersion must be a non-negative integer',
            nonRetryable: true,
            details: [
              { code: 'INVALID_COMMAND', citation: '', messageKey: 'error.INVALID_COMMAND', params: {} },
            ],
          });
        if (request.expectedVersion < version) throw versionMismatch(request.expectedVersion, version);
      }
      const decision = decide(state, request.command, now(), env);
      if (!decision.ok) throw domainFailure(decision.error);
    },
  });
  setHandler(submitSignal, submitWithoutAnswer);

  // ---- decision environment: pinned at start; changed only by this audited, reasoned migration ----
  const migrationCommand = (request: EnvironmentMigrationRequest): CaseCommand => ({
    type: 'MigrateDecisionEnvironment',
    from: pinned?.version ?? null,
    to: request.environment?.version ?? '',
    reason: request.reason,
    migratedBy: request.actor?.ref ?? '',
  });
  setHandler(
    migrateEnvironmentUpdate,
    (request) =>
      serialised(async () => {
        const result = await run({
          command: migrationCommand(request),
          actor: request.actor,
          requestId: request.requestId,
          ...(request.traceId ? { traceId: request.traceId } : {}),
        });
        // Recorded: from here on the case decides with the new environment (and hands it to new children).
        pinned = request.environment;
        env = { ...decisionEnvironmentOf(pinned), ...ruleRevision };
        return result;
      }),
    {
      validator: (request: EnvironmentMigrationRequest): void => {
        const problems = pinnedEnvironmentProblems(request?.environment);
        if (problems.length > 0 || !request.actor || !request.requestId)
          throw ApplicationFailure.create({
            type: DOMAIN_ERROR_TYPE,
            message: `INVALID_COMMAND: ${problems.join('; ') || 'a migration needs actor and requestId'}`,
            nonRetryable: true,
            details: [
              {
                code: 'INVALID_COMMAND',
                citation: '',
                messageKey: 'error.INVALID_COMMAND',
                params: { reason: problems.join('; ') || 'a migration needs actor and requestId' },
              },
            ],
          });
        const decision = decide(state, migrationCommand(request), now(), env);
        if (!decision.ok) throw domainFailure(decision.error);
      },
    },
  );
  setHandler(environmentQuery, () => ({
    version: pinned?.version ?? null,
    calendarVersion: pinned?.calendar.version ?? null,
    policy: env.policy,
  }));
  setHandler(absenceReportedSignal, (report) =>
    submitWithoutAnswer({
      command: {
        type: 'RecordAbsence',
        absence: { personRef: report.personRef, kind: report.kind, from: report.from, to: report.to },
      },
      actor: report.actor,
      requestId: report.requestId,
    }),
  );
  const view = (): CaseView => ({
    state,
    version,
    sentNotices: [...sent],
    rejections,
    children: [...children],
    environmentVersion: pinned?.version ?? null,
  });
  setHandler(stateQuery, view);
  setHandler(deadlinesQuery, (): DeadlineView[] => {
    const at = now();
    const notices = plannedNotices(state, at, timerPolicy, env);
    return caseDeadlines(state, kazakhstanDateOf(at), env).map((d) => ({
      ...d,
      timers: notices
        .filter(
          (n) =>
            n.deadline.clock.clock === d.clock.clock &&
            n.deadline.personRef === d.personRef &&
            n.deadline.penaltyId === d.penaltyId &&
            n.deadline.violationId === d.violationId,
        )
        .map((n) => ({
          key: n.key,
          kind: n.kind,
          firesAt: new Date(n.fireAt).toISOString(),
          sent: sent.has(n.key),
        })),
    }));
  });
  setHandler(tasksQuery, () => tasksByRole(state, kazakhstanDateOf(now())));
  setHandler(caseClockQuery, () => caseClockView(clock));

  // ---- main loop ----
  const maxHistory = input.maxHistoryEvents ?? 2_000;
  for (;;) {
    if (state.stage === 'closed') break;
    const plan = planTimers(state, noticesOnTimers ? firedUpTo : clock.now(), sent, timerPolicy, env);
    if (plan.due.length > 0) {
      for (const notice of plan.due) await serialised(() => fire(notice));
      continue;
    }
    const info = workflowInfo();
    if (info.continueAsNewSuggested || info.historyLength > maxHistory) {
      await condition(allHandlersFinished);
      await tail;
      await continueAsNew<typeof investigationWorkflow>({
        ...input,
        snapshot: { state, version },
        sentNotices: [...sent],
        children: [...children],
        ...(pinned ? { environment: pinned } : {}),
      });
    }
    const seen = version;
    const wait = plan.nextFireAt === null ? undefined : clock.realDelay(plan.nextFireAt - clock.now());
    if (wait === undefined) await condition(() => version !== seen);
    else if (!(await condition(() => version !== seen, wait)) && plan.nextFireAt !== null)
      firedUpTo = Math.max(firedUpTo, plan.nextFireAt);
  }
  // Closed: let in-flight updates finish so their callers get an answer.
  await condition(allHandlersFinished);
  await tail;
  // Post-case requests: the decider still accepts some commands on a closed case (a witness asking for support,
  // which starts a support child). Stay open for them as long as the case's support runs — through the last
  // check-in offset plus the grace period after the closing day, on the case clock — then complete. One timer; the
  // handlers above serve the requests (commands the decider refuses on a closed case are refused as before).
  if (patched(POST_CLOSURE_REQUESTS_PATCH)) {
    const until = postClosureWindowEnd(
      state.closedOn ?? kazakhstanDateOf(now()),
      env.policy.supportCheckInOffsetsDays,
      input.supportGraceDays ?? 7,
    );
    const remaining = until - caseNow();
    // Patched runs always set the timer (≥ 1 ms): whether the window "has already ended" is a time-based choice.
    if (noticesOnTimers) await sleep(clock.realDelay(Math.max(remaining, 0)));
    else if (remaining > 0) await sleep(clock.realDelay(remaining));
    await condition(allHandlersFinished);
    await tail;
  }
  return view();
}
