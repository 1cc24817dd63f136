import { InMemoryProcessedEventStore } from './processed-event-store';

describe('InMemoryProcessedEventStore', () => {
  it('runs work once per consumer and event, and again after a failure', async () => {
    const store = new InMemoryProcessedEventStore();
    const runs: string[] = [];
    const work = (label: string) => async () => void runs.push(label);
    expect(await store.processOnce('notifications', 'e1', work('first'))).toBe('processed');
    expect(await store.processOnce('notifications', 'e1', work('again'))).toBe('duplicate');
    expect(await store.processOnce('wellbeing', 'e1', work('other consumer'))).toBe('processed');
    await expect(
      store.processOnce('notifications', 'e2', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.processOnce('notifications', 'e2', work('retry'))).toBe('processed');
    expect(runs).toEqual(['first', 'other consumer', 'retry']);
  });
});
