// The floor beneath a Qorgau command: a bare workflow that is started and then takes one update, with no
// domain, no activity and no persistence beyond Temporal's own. Bundled by the bench's worker.
import { condition, defineUpdate, setHandler } from '@temporalio/workflow';

export const step = defineUpdate<number, [string]>('step');

export async function floorCase(): Promise<void> {
  let steps = 0;
  setHandler(step, () => ++steps);
  await condition(() => steps >= 1);
}
