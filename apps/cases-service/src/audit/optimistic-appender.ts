import { randomInt } from 'node:crypto';
import { chain, type AuditEntry, type ChainedAuditEntry, type ChainTip } from './audit-chain';

export type NewAuditEntry = Omit<AuditEntry, 'seq' | 'chain' | 'chainSeq'>;

/** What the appender needs from the database. */
export interface ChainStore {
  /** The chain's last entry; null for an empty chain. */
  tip(chainNo: number): Promise<ChainTip | null>;
  /** `count` fresh values of the global sequence. */
  reserveSeqs(count: number): Promise<number[]>;
  /**
   * Inserts the entries in one statement. `position-taken` when another writer already holds one of their
   * positions in the chain (the unique (chain, chain_seq)): nothing was written.
   */
  insert(entries: readonly ChainedAuditEntry[]): Promise<'written' | 'position-taken'>;
}

/** Sequence values fetched at a time: one round trip per this many entries. */
const SEQ_BLOCK = 64;
/** Lost races on one chain before giving up (each one means another writer appended meanwhile). */
const MAX_ATTEMPTS = 5;

/**
 * Appends without a lock: the tip of each chain this process writes is kept in memory, so a batch is one
 * INSERT (one round trip, its own transaction). The unique (chain, chain_seq) is what keeps a chain whole
 * when another process (a second replica) appended to it meanwhile: the insert is refused, the tip is read
 * again and the batch linked anew. A tip is remembered only after its insert committed; after any other
 * failure it is forgotten, as the outcome is unknown.
 *
 * The chains must be written by no one who takes the tip under a lock and then inserts (that writer would
 * be refused instead): the locked, in-transaction appends use other chains.
 */
export class OptimisticAppender {
  private readonly tips = new Map<number, ChainTip | null>();
  private readonly busy = new Set<number>();
  private seqs: number[] = [];
  /** Where this process starts looking for a free chain: replicas mostly keep to different chains. */
  private offset: number;

  constructor(
    private readonly store: ChainStore,
    private readonly chains: readonly number[],
    offset: number = randomInt(chains.length),
  ) {
    this.offset = offset % chains.length;
  }

  async append(entries: readonly NewAuditEntry[]): Promise<ChainedAuditEntry[]> {
    const seqs = await this.takeSeqs(entries.length);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const chainNo = this.claim();
      try {
        let tip = this.tips.get(chainNo);
        if (tip === undefined) {
          tip = await this.store.tip(chainNo);
          this.tips.set(chainNo, tip);
        }
        const linked = link(tip, chainNo, seqs, entries);
        this.tips.delete(chainNo);
        if ((await this.store.insert(linked)) === 'written') {
          const last = linked[linked.length - 1]!;
          this.tips.set(chainNo, { chainSeq: last.chainSeq, hash: last.hash });
          return linked;
        }
        // Another writer uses this chain: prefer the next one from now on, so two replicas that met on
        // a chain part instead of racing for every position.
        this.offset = (this.chains.indexOf(chainNo) + 1) % this.chains.length;
      } finally {
        this.busy.delete(chainNo);
      }
    }
    throw new Error(`audit: a chain position was taken ${MAX_ATTEMPTS} times running`);
  }

  /** The first chain from this process's offset that none of its batches is writing. */
  private claim(): number {
    for (let i = 0; i < this.chains.length; i += 1) {
      const chainNo = this.chains[(this.offset + i) % this.chains.length]!;
      if (!this.busy.has(chainNo)) {
        this.busy.add(chainNo);
        return chainNo;
      }
    }
    throw new Error('audit: more batches in flight than chains to write them to');
  }

  /** Ascending, so seq and chain_seq agree in order within a batch. */
  private async takeSeqs(count: number): Promise<number[]> {
    while (this.seqs.length < count) {
      const fresh = await this.store.reserveSeqs(Math.max(SEQ_BLOCK, count));
      this.seqs = [...this.seqs, ...fresh].sort((a, b) => a - b);
    }
    return this.seqs.splice(0, count);
  }
}

function link(
  tip: ChainTip | null,
  chainNo: number,
  seqs: readonly number[],
  entries: readonly NewAuditEntry[],
): ChainedAuditEntry[] {
  let prev = tip;
  return entries.map((entry, i) => {
    const next = chain(prev, { ...entry, seq: seqs[i]!, chain: chainNo });
    prev = next;
    return next;
  });
}
