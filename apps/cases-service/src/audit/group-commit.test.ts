import { GroupCommit } from './group-commit';

/** A writer whose batches finish when the test says so. */
function controlledWriter() {
  const batches: { items: readonly number[]; finish: (fail?: Error) => void }[] = [];
  const write = (items: readonly number[]) =>
    new Promise<PromiseSettledResult<string>[]>((resolve, reject) => {
      batches.push({
        items,
        finish: (fail) =>
          fail
            ? reject(fail)
            : resolve(
                items.map((i) =>
                  i < 0
                    ? { status: 'rejected', reason: new Error(`bad ${i}`) }
                    : { status: 'fulfilled', value: `wrote ${i}` },
                ),
              ),
      });
    });
  return { batches, write };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('starts an idle writer at once and gathers what arrives meanwhile into the next batch', async () => {
    const { batches, write } = controlledWriter();
    const group = new GroupCommit(write, { maxInFlight: 1, maxBatch: 100 });
    const first = group.submit(1);
    expect(batches.map((b) => b.items)).toEqual([[1]]);
    const rest = [2, 3, 4].map((i) => group.submit(i));
    expect(batches).toHaveLength(1);
    batches[0]!.finish();
    await expect(first).resolves.toBe('wrote 1');
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1], [2, 3, 4]]);
    batches[1]!.finish();
    await expect(Promise.all(rest)).resolves.toEqual(['wrote 2', 'wrote 3', 'wrote 4']);
  });

  it('keeps up to maxInFlight batches of at most maxBatch items going', async () => {
    const { batches, write } = controlledWriter();
    const group = new GroupCommit(write, { maxInFlight: 2, maxBatch: 2 });
    const all = [1, 2, 3, 4, 5].map((i) => group.submit(i));
    expect(batches.map((b) => b.items)).toEqual([[1], [2]]);
    batches[0]!.finish();
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1], [2], [3, 4]]);
    batches[1]!.finish();
    batches[2]!.finish();
    await tick();
    batches[3]!.finish();
    await expect(Promise.all(all)).resolves.toHaveLength(5);
  });

  it('settles each item as written: one refused item fails alone, a failed batch fails all of it', async () => {
    const { batches, write } = controlledWriter();
    const group = new GroupCommit(write, { maxInFlight: 1, maxBatch: 100 });
    const blocker = group.submit(0);
    const [ok, bad] = [group.submit(7), group.submit(-1)];
    batches[0]!.finish();
    await blocker;
    await tick();
    batches[1]!.finish();
    await expect(ok).resolves.toBe('wrote 7');
    await expect(bad).rejects.toThrow('bad -1');
    await tick();
    const second = group.submit(1);
    const lost = [group.submit(8), group.submit(9)];
    batches[2]!.finish();
    await second;
    await tick();
    batches[3]!.finish(new Error('connection lost'));
    await expect(Promise.all(lost.map((p) => p.catch((e: Error) => e.message)))).resolves.toEqual([
      'connection lost',
      'connection lost',
    ]);
  });
});
