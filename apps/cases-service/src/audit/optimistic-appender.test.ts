import { verifyChain, type ChainedAuditEntry } from './audit-chain';
import { OptimisticAppender, type ChainStore, type NewAuditEntry } from './optimistic-appender';

/** A table with the unique (chain, chain_seq) and a sequence, shared by the appenders of one test. */
function table() {
  const rows: ChainedAuditEntry[] = [];
  let seq = 0;
  const calls = { tip: 0, insert: 0, reserve: 0 };
  const store: ChainStore = {
    tip: (chainNo) => {
      calls.tip += 1;
      const last = rows.filter((r) => r.chain === chainNo).sort((a, b) => b.chainSeq - a.chainSeq)[0];
      return Promise.resolve(last ? { chainSeq: last.chainSeq, hash: last.hash } : null);
    },
    reserveSeqs: (count) => {
      calls.reserve += 1;
      return Promise.resolve(Array.from({ length: count }, () => (seq += 1)));
    },
    insert: (entries) => {
      calls.insert += 1;
      if (entries.some((e) => rows.some((r) => r.chain === e.chain && r.chainSeq === e.chainSeq))) {
        return Promise.resolve('position-taken');
      }
      rows.push(...entries);
      return Promise.resolve('written');
    },
  };
  const chainOf = (chainNo: number) =>
    rows.filter((r) => r.chain === chainNo).sort((a, b) => a.chainSeq - b.chainSeq);
  return { rows, store, calls, chainOf };
}

const entry = (i: number): NewAuditEntry => ({
  at: '2026-12-08T00:00:00.000Z',
  actor: 'inv-1',
  action: 'case.read',
  target: `case/c-${i}`,
  requestId: `r-${i}`,
});

describe('OptimisticAppender', () => {
  it('reads a chain tip once, then appends each batch in one insert linked to the tip it remembers', async () => {
    const db = table();
    const appender = new OptimisticAppender(db.store, [17, 18], 0);
    await appender.append([entry(1), entry(2)]);
    await appender.append([entry(3)]);
    await appender.append([entry(4), entry(5), entry(6)]);
    expect(db.calls).toEqual({ tip: 1, insert: 3, reserve: 1 });
    const chain = db.chainOf(17);
    expect(chain.map((e) => e.target)).toEqual([1, 2, 3, 4, 5, 6].map((i) => `case/c-${i}`));
    expect(verifyChain(chain)).toMatchObject({ ok: true, entries: 6 });
    // seq ascends with the position in the chain.
    expect(chain.map((e) => e.seq)).toEqual([...chain.map((e) => e.seq)].sort((a, b) => a - b));
  });

  it('gives concurrent batches different chains', async () => {
    const db = table();
    const appender = new OptimisticAppender(db.store, [17, 18, 19], 1);
    const written = await Promise.all([appender.append([entry(1)]), appender.append([entry(2)])]);
    expect(written.map(([e]) => e!.chain)).toEqual([18, 19]);
  });

  it('links anew when another writer moved the chain meanwhile, and the chain stays whole', async () => {
    const db = table();
    const replicaA = new OptimisticAppender(db.store, [17], 0);
    const replicaB = new OptimisticAppender(db.store, [17], 0);
    await replicaA.append([entry(1)]);
    await replicaB.append([entry(2)]); // reads the tip A wrote
    await replicaA.append([entry(3)]); // A's remembered tip is stale: refused, re-read, linked after B's
    await replicaB.append([entry(4), entry(5)]);
    const chain = db.chainOf(17);
    expect(chain.map((e) => e.target)).toEqual([1, 2, 3, 4, 5].map((i) => `case/c-${i}`));
    expect(verifyChain(chain)).toMatchObject({ ok: true, entries: 5 });
    expect(db.calls.insert).toBe(6); // 4 batches, 2 of them refused once
  });

  it('moves to the next chain after losing one, so two replicas that met part', async () => {
    const db = table();
    const replicaA = new OptimisticAppender(db.store, [17, 18], 0);
    const replicaB = new OptimisticAppender(db.store, [17, 18], 0);
    await replicaA.append([entry(1)]);
    await replicaB.append([entry(2)]);
    const [moved] = await replicaA.append([entry(3)]); // refused on 17, written to 18
    expect(moved!.chain).toBe(18);
    await Promise.all([replicaA.append([entry(4)]), replicaB.append([entry(5)])]);
    expect(db.chainOf(17).map((e) => e.target)).toEqual(['case/c-1', 'case/c-2', 'case/c-5']);
    expect(db.chainOf(18).map((e) => e.target)).toEqual(['case/c-3', 'case/c-4']);
    expect(db.calls.insert).toBe(6);
  });

  it('forgets a tip whose insert failed for another reason, and gives up on a chain it keeps losing', async () => {
    const db = table();
    let failNext = true;
    const flaky: ChainStore = {
      ...db.store,
      insert: (entries) => {
        if (failNext) {
          failNext = false;
          return Promise.reject(new Error('connection lost'));
        }
        return db.store.insert(entries);
      },
    };
    const appender = new OptimisticAppender(flaky, [17], 0);
    await expect(appender.append([entry(1)])).rejects.toThrow('connection lost');
    await appender.append([entry(2)]);
    expect(db.calls.tip).toBe(2);
    expect(verifyChain(db.chainOf(17))).toMatchObject({ ok: true, entries: 1 });

    const alwaysTaken = new OptimisticAppender(
      { ...db.store, insert: () => Promise.resolve('position-taken') },
      [17],
      0,
    );
    await expect(alwaysTaken.append([entry(3)])).rejects.toThrow(
      'audit: a chain position was taken 5 times running',
    );
  });
});
