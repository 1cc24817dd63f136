// The cost of one command on an open case: the update's round trip from the client, and from the case's
// history the workflow task that took it (scheduled → started: waiting for a worker; started → completed: the
// worker's own time, which for an evicted case includes fetching and replaying the whole history). Whether the
// worker still had the case is its cache-miss counter (the server keeps sending to the sticky queue either way).
import { caseWorkflowId } from '@qorgau/workflows';
import { type Client, type WorkflowHandle } from '@temporalio/client';
import { percentile } from '../load';
import { requestExplanations } from './open-cases';

type HistoryEvent = NonNullable<Awaited<ReturnType<WorkflowHandle['fetchHistory']>>['events']>[number];

const lastIndex = (events: readonly HistoryEvent[], test: (e: HistoryEvent) => unknown): number => {
  for (let i = events.length - 1; i >= 0; i -= 1) if (test(events[i]!)) return i;
  return -1;
};

const ms = (event: HistoryEvent | undefined): number =>
  event?.eventTime ? Number(event.eventTime.seconds ?? 0) * 1000 + (event.eventTime.nanos ?? 0) / 1e6 : NaN;

export interface UpdateSample {
  readonly roundTripMs: number;
  readonly taskWaitMs: number;
  readonly taskRunMs: number;
  readonly historyEvents: number;
}

async function sample(client: Client, caseId: string): Promise<UpdateSample> {
  const t0 = performance.now();
  await requestExplanations(client, caseId);
  const roundTripMs = performance.now() - t0;
  const events = (await client.workflow.getHandle(caseWorkflowId(caseId)).fetchHistory()).events ?? [];
  const accepted = lastIndex(events, (e) => e.workflowExecutionUpdateAcceptedEventAttributes);
  const completedAt = lastIndex(events.slice(0, accepted), (e) => e.workflowTaskCompletedEventAttributes);
  const completed = events[completedAt];
  const startedId = Number(completed?.workflowTaskCompletedEventAttributes?.startedEventId ?? NaN);
  const started = events.find((e) => Number(e.eventId) === startedId);
  const scheduledId = Number(started?.workflowTaskStartedEventAttributes?.scheduledEventId ?? NaN);
  const scheduled = events.find((e) => Number(e.eventId) === scheduledId);
  return {
    roundTripMs,
    taskWaitMs: ms(started) - ms(scheduled),
    taskRunMs: ms(completed) - ms(started),
    historyEvents: startedId,
  };
}

export interface UpdateLatency {
  readonly samples: number;
  readonly roundTripP50Ms: number;
  readonly roundTripP99Ms: number;
  readonly taskWaitP50Ms: number;
  readonly taskRunP50Ms: number;
  readonly taskRunP99Ms: number;
  readonly historyEvents: number;
}

/** One update at a time to each case (no queueing behind each other), summarised. */
export async function updateLatency(client: Client, caseIds: readonly string[]): Promise<UpdateLatency> {
  const samples: UpdateSample[] = [];
  for (const caseId of caseIds) samples.push(await sample(client, caseId));
  const sorted = (pick: (s: UpdateSample) => number) => samples.map(pick).sort((a, b) => a - b);
  const roundTrip = sorted((s) => s.roundTripMs);
  const run = sorted((s) => s.taskRunMs);
  return {
    samples: samples.length,
    roundTripP50Ms: percentile(roundTrip, 50),
    roundTripP99Ms: percentile(roundTrip, 99),
    taskWaitP50Ms: percentile(
      sorted((s) => s.taskWaitMs),
      50,
    ),
    taskRunP50Ms: percentile(run, 50),
    taskRunP99Ms: percentile(run, 99),
    historyEvents: percentile(
      sorted((s) => s.historyEvents),
      50,
    ),
  };
}
