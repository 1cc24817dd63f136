import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { casesDataSource } from '@qorgau/cases-persistence';
import { createDatabase, timeSkippingEnvironment } from '@qorgau/devstack';
import {
  addDays,
  kazakhstanDateOf,
  type CaseCommand,
  type DomainError,
  type LocalDate,
} from '@qorgau/domain';
import {
  caseWorkflowId,
  executeCaseCommand,
  investigationWorkflow,
  startOfKazakhstanDay,
  stateQuery,
  type Actor,
  type CaseCommandResult,
  type CaseView,
  type InvestigationWorkflowInput,
} from '@qorgau/workflows';
import { WorkflowUpdateFailedError, type WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, type Worker } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { createCaseWorker } from '../../src/worker';

let runtimeInstalled = false;
/** Temporal's core logs only warnings in tests (once per process). */
export function quietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // already installed by another module of this process
  }
}

export interface Harness {
  readonly env: TestWorkflowEnvironment;
  readonly dataSource: DataSource;
  readonly worker: Worker;
  readonly taskQueue: string;
  teardown(): Promise<void>;
}

/** Real test server (time skipping), a fresh migrated database, and a worker with the real activities. */
export async function startHarness(
  dbName: string,
  opts: { workflowBundlePath?: string; databaseUrl?: string } = {},
): Promise<Harness> {
  quietRuntime();
  const env = await timeSkippingEnvironment();
  const dataSource = casesDataSource({
    url: await createDatabase(opts.databaseUrl ?? process.env.DATABASE_URL!, dbName),
    poolSize: 4,
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  const taskQueue = `cases-${dbName}`;
  const worker = await createCaseWorker({
    connection: env.nativeConnection,
    taskQueue,
    dataSource,
    ...(opts.workflowBundlePath ? { workflowBundlePath: opts.workflowBundlePath } : {}),
  });
  const running = worker.run();
  return {
    env,
    dataSource,
    worker,
    taskQueue,
    async teardown() {
      worker.shutdown();
      await running.catch(() => undefined);
      await dataSource.destroy();
      await env.teardown();
    },
  };
}

export const HEAD: Actor = { ref: 'head-1', role: 'head' };
export const INVESTIGATOR: Actor = { ref: 'inv-1', role: 'investigator' };
export const COMMISSION: Actor = { ref: 'secretary-1', role: 'commission' };
export const HIGHER: Actor = { ref: 'higher-1', role: 'higher-official' };
export const subject = (ref: string): Actor => ({ ref, role: 'subject' });

/** Officer X reported for lateness discovered (and committed) on `discoveredOn`, officer Y the applicant. */
export const latenessReport = (discoveredOn: LocalDate): CaseCommand => ({
  type: 'ReportCase',
  source: 'report',
  parties: [
    { personRef: 'officer-x', roles: ['subject'] },
    { personRef: 'officer-y', roles: ['applicant'] },
  ],
  violations: [
    {
      id: 'v1',
      description: 'Late for duty three times',
      misconductType: 'lateness',
      gravity: 'ordinary',
      committedOn: discoveredOn,
      discoveredOn,
      subjectRefs: ['officer-x'],
    },
  ],
});

/** Drives one case through the real server: commands as updates, time as skipped days. */
export class CaseDriver {
  readonly workflowId: string;
  handle!: WorkflowHandleWithFirstExecutionRunId<typeof investigationWorkflow>;
  private n = 0;

  constructor(
    readonly h: Harness,
    readonly caseId: string,
    readonly input: Partial<InvestigationWorkflowInput> = {},
  ) {
    this.workflowId = caseWorkflowId(caseId);
  }

  async start(): Promise<this> {
    this.handle = await this.h.env.client.workflow.start(investigationWorkflow, {
      workflowId: this.workflowId,
      taskQueue: this.h.taskQueue,
      args: [{ caseId: this.caseId, unitId: 'unit-7', ...this.input }],
    });
    return this;
  }

  exec(command: CaseCommand, actor: Actor = HEAD): Promise<CaseCommandResult> {
    this.n += 1;
    return executeCaseCommand(this.handle, { command, actor, requestId: `${this.caseId}-r${this.n}` });
  }

  /** The DomainError an update was rejected with (throws if it was accepted). */
  async rejection(command: CaseCommand, actor: Actor = HEAD): Promise<DomainError> {
    try {
      await this.exec(command, actor);
    } catch (error) {
      return domainErrorOf(error);
    }
    throw new Error(`${command.type} was accepted`);
  }

  view(): Promise<CaseView> {
    return this.handle.query(stateQuery);
  }

  async today(): Promise<LocalDate> {
    return kazakhstanDateOf(new Date(await this.h.env.currentTimeMs()).toISOString());
  }

  /** Skips to 10:00 Kazakhstan time on `date` (timers of every workflow fire on the way). */
  async advanceTo(date: LocalDate): Promise<void> {
    const target = startOfKazakhstanDay(date) + 10 * 3_600_000;
    const now = await this.h.env.currentTimeMs();
    if (target > now) await this.h.env.sleep(target - now);
  }

  async advanceDays(days: number): Promise<void> {
    await this.advanceTo(addDays(await this.today(), days));
  }
}

export function domainErrorOf(error: unknown): DomainError {
  const cause = error instanceof WorkflowUpdateFailedError ? error.cause : error;
  if (cause instanceof ApplicationFailure && cause.type === 'DomainError')
    return cause.details?.[0] as DomainError;
  throw error;
}

/** Rows the activities wrote. */
export async function outboxTypes(
  ds: DataSource,
  where: { key?: string; topic?: string },
): Promise<string[]> {
  const rows = (await ds.query(
    `SELECT envelope->>'type' AS type FROM cases.outbox WHERE ($1::text IS NULL OR message_key = $1) AND ($2::text IS NULL OR topic = $2) ORDER BY id`,
    [where.key ?? null, where.topic ?? null],
  )) as { type: string }[];
  return rows.map((r) => r.type);
}

/** Where replay histories are checked in: the repo's tests/replay/histories, replayed on every run. */
export const HISTORIES_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'tests', 'replay', 'histories');

/**
 * With RECORD_HISTORIES=1 writes the histories of `workflowIds` as JSON for the replay test
 * (`pnpm record-histories`). Re-record after an intended, patched() change; commit the files.
 */
export async function recordHistories(h: Harness, workflowIds: readonly string[]): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  await mkdir(HISTORIES_DIR, { recursive: true });
  for (const id of workflowIds) {
    const history = await h.env.client.workflow.getHandle(id).fetchHistory();
    await writeFile(path.join(HISTORIES_DIR, `${id}.json`), historyToJSON(history));
  }
}
