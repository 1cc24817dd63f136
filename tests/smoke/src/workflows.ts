import { proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';
import type * as activities from './activities';

const { greet } = proxyActivities<typeof activities>({ startToCloseTimeout: '10 seconds' });

/** Sleeps for the given number of days on a durable timer and reports the workflow clock before and after. */
export async function sleepForDays(days: number): Promise<{ startedAt: number; finishedAt: number }> {
  const startedAt = Date.now(); // deterministic workflow clock
  await sleep(`${days} days`);
  return { startedAt, finishedAt: Date.now() };
}

export async function greetWorkflow(name: string): Promise<string> {
  return `${await greet(name)} from ${workflowInfo().taskQueue}`;
}
