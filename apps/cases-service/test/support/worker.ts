import { randomUUID } from 'node:crypto';
import { TransitionRepository } from '@qorgau/cases-persistence';
import { type CaseActivities } from '@qorgau/workflows';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { type DataSource } from 'typeorm';

/**
 * Test-only activities: the transition is recorded exactly as the worker's activity does (TransitionRepository);
 * notices and follow-ups are acknowledged without an outbox row (these tests do not read them). Services do not
 * import each other, so apps/workflow-worker's createActivities is not used here.
 */
const activities = (dataSource: DataSource): CaseActivities => ({
  async recordTransition(input) {
    const result = await new TransitionRepository(dataSource).record({
      caseId: input.caseId,
      fromVersion: input.fromVersion,
      events: input.events,
      state: input.state,
      recordedAt: new Date(input.recordedAt),
      ...(input.traceId || input.requestId ? { requestId: input.traceId ?? input.requestId } : {}),
      ...(input.actorRef ? { actorRef: input.actorRef } : {}),
      ...(input.requestId ? { commandId: input.requestId } : {}),
      ...(input.adoptUnseen ? { adoptUnseen: true } : {}),
    });
    return {
      version: result.version,
      eventIds: [...result.eventIds],
      duplicate: result.duplicate,
      recordedAt: result.recordedAt.toISOString(),
      ...(result.unseen ? { unseen: [...result.unseen] } : {}),
    };
  },
  announceCaseNotice: async () => ({ eventId: randomUUID(), duplicate: false }),
  emitSupportFollowUp: async () => ({ eventId: randomUUID(), duplicate: false }),
});

let runtimeInstalled = false;

/** Temporal's core logs only warnings (once per process, before anything else creates the runtime). */
export function quietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // already installed in this process
  }
}

/** An in-process worker for packages/workflows against the dev server at TEMPORAL_ADDRESS (or another server). */
export async function startWorker(
  dataSource: DataSource,
  taskQueue: string,
  address = process.env.TEMPORAL_ADDRESS!,
): Promise<{ stop(): Promise<void> }> {
  quietRuntime();
  const connection = await NativeConnection.connect({ address });
  const worker = await Worker.create({
    connection,
    namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
    taskQueue,
    workflowsPath: require.resolve('@qorgau/workflows/dist/workflows'),
    activities: activities(dataSource),
  });
  const running = worker.run();
  return {
    async stop() {
      worker.shutdown();
      await running.catch(() => undefined);
      await connection.close();
    },
  };
}
