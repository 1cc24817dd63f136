import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { type TemporalTls } from '@qorgau/config';
import { DEFAULT_PINNED_ENVIRONMENT, type DomainError, type PinnedEnvironment } from '@qorgau/domain';
import { ProblemException, withTimeout, type ReadinessCheck } from '@qorgau/service-kit';
import {
  caseWorkflowId,
  DOMAIN_ERROR_TYPE,
  VERSION_MISMATCH_TYPE,
  type VersionMismatchDetails,
  executeUpdate,
  investigationWorkflow,
  migrateEnvironmentUpdate,
  type EnvironmentMigrationRequest,
  type CaseCommandRequest,
  type CaseCommandResult,
  type CaseClockInput,
} from '@qorgau/workflows';
import {
  Client,
  Connection,
  WithStartWorkflowOperation,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure, type QueryDefinition } from '@temporalio/common';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';

export interface TemporalSettings {
  readonly address: string;
  /** mTLS settings (temporalTls of @qorgau/config); plaintext when undefined. */
  readonly tls?: TemporalTls;
  readonly namespace: string;
  readonly taskQueue: string;
  /**
   * QORGAU_TIME_SCALE (default 1): when not 1, each case started here gets `clock: { origin: now, scale }` in its
   * workflow input and lives on that compressed timeline (children too). Cases already running keep their clock.
   */
  readonly timeScale?: number;
  /** Real now for the clock's origin (tests). */
  readonly now?: () => number;
  /**
   * The decision environment (policy + calendar data) new cases are pinned to, from QORGAU_POLICY_FILE and
   * QORGAU_CALENDAR_FILE; default: the domain's compiled default. Running cases keep theirs.
   */
  readonly environment?: PinnedEnvironment;
}

/** The decider refused the command: the case is unchanged. */
export class DomainRejection extends Error {
  constructor(readonly error: DomainError) {
    super(`${error.code} (${error.citation})`);
    this.name = 'DomainRejection';
  }
}

/** No workflow runs for that case. */
export class CaseWorkflowNotFound extends Error {
  constructor(readonly caseId: string) {
    super(`no workflow for case ${caseId}`);
    this.name = 'CaseWorkflowNotFound';
  }
}

/**
 * The only place that talks to Temporal (@temporalio/client): starts a case's workflow, sends commands as the
 * `execute` update and runs queries. Connects lazily, so the service boots (and reports not-ready) while
 * Temporal is down.
 */
@Injectable()
export class TemporalClientProvider implements OnApplicationShutdown {
  private readonly connection: Connection;
  readonly client: Client;

  constructor(private readonly settings: TemporalSettings) {
    this.connection = Connection.lazy({
      address: settings.address,
      ...(settings.tls ? { tls: settings.tls } : {}),
    });
    this.client = new Client({
      connection: this.connection,
      namespace: settings.namespace,
      // Starts, updates and queries carry the HTTP request's trace context in their Temporal headers.
      interceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor()] },
    });
  }

  readiness(timeoutMs = 3000): ReadinessCheck {
    return {
      name: 'temporal',
      check: async () => {
        await withTimeout(this.connection.ensureConnected(), timeoutMs, 'temporal');
        await withTimeout(this.connection.workflowService.getSystemInfo({}), timeoutMs, 'temporal');
      },
    };
  }

  /** The environment new cases start with (and running ones may be migrated to). */
  get environment(): PinnedEnvironment {
    return this.settings.environment ?? DEFAULT_PINNED_ENVIRONMENT;
  }

  /**
   * Starts `case-<caseId>` and applies its report in one call (update-with-start): the workflow's first task takes
   * both, where a start and then an update took two tasks and two round trips. A retried registration finds the
   * workflow running (USE_EXISTING) and the update, whose id is the request id, already applied.
   */
  async startWithReport(
    caseId: string,
    unitId: string,
    registeredAt: Date,
    request: CaseCommandRequest,
  ): Promise<CaseCommandResult> {
    const startWorkflowOperation = new WithStartWorkflowOperation(investigationWorkflow, {
      workflowId: caseWorkflowId(caseId),
      taskQueue: this.settings.taskQueue,
      args: [{ caseId, unitId, environment: this.environment, ...this.caseClock(registeredAt) }],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    try {
      return await this.client.workflow.executeUpdateWithStart(executeUpdate, {
        args: [request],
        updateId: request.requestId,
        startWorkflowOperation,
      });
    } catch (error) {
      throw translate(caseId, error);
    }
  }

  /** The compressed clock of a case started now, or nothing (real time). */
  caseClock(origin?: Date): { clock?: CaseClockInput } {
    const scale = this.settings.timeScale ?? 1;
    if (scale === 1) return {};
    const at = origin?.getTime() ?? (this.settings.now ? this.settings.now() : Date.now());
    return { clock: { origin: at, scale } };
  }

  /** The command as the `execute` update; the update id is the request id, so a retry is not applied twice. */
  async execute(caseId: string, request: CaseCommandRequest): Promise<CaseCommandResult> {
    const handle = this.client.workflow.getHandle(caseWorkflowId(caseId));
    try {
      return await handle.executeUpdate(executeUpdate, { args: [request], updateId: request.requestId });
    } catch (error) {
      throw translate(caseId, error);
    }
  }

  /** Moves a running case to `request.environment` (the `migrateEnvironment` update; id = the request id). */
  async migrateEnvironment(caseId: string, request: EnvironmentMigrationRequest): Promise<CaseCommandResult> {
    const handle = this.client.workflow.getHandle(caseWorkflowId(caseId));
    try {
      return await handle.executeUpdate(migrateEnvironmentUpdate, {
        args: [request],
        updateId: request.requestId,
      });
    } catch (error) {
      throw translate(caseId, error);
    }
  }

  async query<T>(caseId: string, query: QueryDefinition<T>): Promise<T> {
    try {
      return await this.client.workflow.getHandle(caseWorkflowId(caseId)).query(query);
    } catch (error) {
      throw translate(caseId, error);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close().catch(() => undefined);
  }
}

function translate(caseId: string, error: unknown): unknown {
  const cause = error instanceof WorkflowUpdateFailedError ? error.cause : error;
  if (cause instanceof ApplicationFailure && cause.type === DOMAIN_ERROR_TYPE && cause.details?.[0]) {
    return new DomainRejection(cause.details[0] as DomainError);
  }
  if (cause instanceof ApplicationFailure && cause.type === VERSION_MISMATCH_TYPE) {
    const details = cause.details?.[0] as VersionMismatchDetails | undefined;
    return new ProblemException({
      code: 'PRECONDITION_FAILED',
      status: 412,
      detail: details
        ? `The case changed: its current version is "${details.actualVersion}", not "${details.expectedVersion}". Read it again.`
        : 'The case changed. Read it again.',
    });
  }
  if (error instanceof WorkflowNotFoundError) return new CaseWorkflowNotFound(caseId);
  return error;
}
