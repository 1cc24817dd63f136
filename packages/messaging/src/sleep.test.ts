import { sleep } from './sleep';

describe('sleep', () => {
  it('resolves true after the delay and false when aborted', async () => {
    expect(await sleep(1)).toBe(true);
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort();
    expect(await waiting).toBe(false);
    expect(await sleep(60_000, controller.signal)).toBe(false);
  });
});
