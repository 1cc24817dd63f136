import { Inject, Injectable } from '@nestjs/common';
import { type DataSource, type EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../platform/tokens';
import { chain, type AuditEntry, type ChainedAuditEntry, type ChainTip } from './audit-chain';
import { GroupCommit } from './group-commit';

/** Advisory lock class of the audit chains (any constant); the second key is the chain. */
const AUDIT_LOCK = 7_300_417;
/**
 * Chains new entries spread over (1..AUDIT_CHAINS). More than the connection pool, so a free chain is
 * almost always found without waiting; each costs one more walk when the log is verified.
 */
export const AUDIT_CHAINS = 16;

interface Row {
  seq: string;
  chain: number;
  chain_seq: string;
  at: Date;
  actor: string;
  action: string;
  target: string;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

const toEntry = (row: Row): ChainedAuditEntry => ({
  seq: Number(row.seq),
  chain: Number(row.chain),
  chainSeq: Number(row.chain_seq),
  at: new Date(row.at).toISOString(),
  actor: row.actor,
  action: row.action,
  target: row.target,
  requestId: row.request_id,
  prevHash: row.prev_hash,
  hash: row.hash,
});

type NewEntry = Omit<AuditEntry, 'seq' | 'chain' | 'chainSeq'>;

/**
 * Appends written at once outside a caller's transaction. Fewer than the connection pool (10), so reads' own
 * queries still find connections; each in-flight batch holds one chain, so batches never wait for each other.
 */
const BATCHES_IN_FLIGHT = 4;
const MAX_BATCH = 100;

/**
 * `cases.audit_log`: never updated; each append takes a transaction-scoped advisory lock on one chain (the
 * first free one, starting from the connection's own) and links to that chain's last entry. Appends outside
 * a caller's transaction (audited reads) are group-committed: concurrent ones share one transaction, one lock
 * and one multi-row insert, each still resolved only after its commit.
 */
@Injectable()
export class AuditLogRepository {
  private readonly batches = new GroupCommit<NewEntry, ChainedAuditEntry>(
    (entries) => this.writeBatch(entries),
    { maxInFlight: BATCHES_IN_FLIGHT, maxBatch: MAX_BATCH },
  );

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /**
   * Appends in the caller's transaction when given one (the entry commits with the change it records);
   * otherwise with whatever other appends are waiting, and resolves once committed.
   */
  append(entry: NewEntry, manager?: EntityManager): Promise<ChainedAuditEntry> {
    return manager ? this.appendAll(manager, [entry]).then(([one]) => one!) : this.batches.submit(entry);
  }

  /** One batch in one transaction; if it fails, each entry alone, so one bad entry fails only its own read. */
  private async writeBatch(entries: readonly NewEntry[]): Promise<PromiseSettledResult<ChainedAuditEntry>[]> {
    try {
      const written = await this.dataSource.transaction((m) => this.appendAll(m, entries));
      return written.map((value) => ({ status: 'fulfilled', value }));
    } catch (error) {
      if (entries.length === 1) return [{ status: 'rejected', reason: error }];
      return Promise.allSettled(
        entries.map((entry) =>
          this.dataSource.transaction((m) => this.appendAll(m, [entry]).then(([one]) => one!)),
        ),
      );
    }
  }

  /** Links the entries, in order, to the tip of one locked chain: one lock, one read, one insert. */
  private async appendAll(m: EntityManager, entries: readonly NewEntry[]): Promise<ChainedAuditEntry[]> {
    const chainNo = await this.lockChain(m);
    const [tip] = (await m.query(
      `SELECT ARRAY(SELECT nextval('cases.audit_log_seq') FROM generate_series(1, $2))::text[] AS seqs,
              t.chain_seq, t.hash
         FROM (SELECT 1) one
         LEFT JOIN LATERAL (
           SELECT chain_seq, hash FROM cases.audit_log WHERE chain = $1 ORDER BY chain_seq DESC LIMIT 1
         ) t ON true`,
      [chainNo, entries.length],
    )) as { seqs: string[]; chain_seq: string | null; hash: string | null }[];
    // Ascending, so seq and chain_seq agree in order within the batch.
    const seqs = tip!.seqs.map(Number).sort((a, b) => a - b);
    let prev: ChainTip | null = tip!.chain_seq
      ? { chainSeq: Number(tip!.chain_seq), hash: tip!.hash! }
      : null;
    const chained = entries.map((entry, i) => {
      const next = chain(prev, { ...entry, seq: seqs[i]!, chain: chainNo });
      prev = next;
      return next;
    });
    const column = <K extends keyof ChainedAuditEntry>(key: K) => chained.map((e) => e[key]);
    await m.query(
      `INSERT INTO cases.audit_log (seq, chain, chain_seq, at, actor, action, target, request_id, prev_hash, hash)
       SELECT * FROM unnest($1::bigint[], $2::smallint[], $3::bigint[], $4::timestamptz[], $5::text[],
                            $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])`,
      [
        column('seq'),
        column('chain'),
        column('chainSeq'),
        column('at'),
        column('actor'),
        column('action'),
        column('target'),
        column('requestId'),
        column('prevHash'),
        column('hash'),
      ],
    );
    return chained;
  }

  /** Tries the chains in turn from this connection's own and takes the first free one; waits only if none is. */
  private async lockChain(m: EntityManager): Promise<number> {
    const [free] = (await m.query(
      `SELECT c FROM (
         SELECT ((pg_backend_pid() + i) % $2) + 1 AS c, i FROM generate_series(0, $2 - 1) AS i ORDER BY i
       ) candidates
       WHERE pg_try_advisory_xact_lock($1, c) LIMIT 1`,
      [AUDIT_LOCK, AUDIT_CHAINS],
    )) as { c: number }[];
    if (free) return Number(free.c);
    const [own] = (await m.query(
      `SELECT (pg_backend_pid() % $2) + 1 AS c, pg_advisory_xact_lock($1, (pg_backend_pid() % $2) + 1)`,
      [AUDIT_LOCK, AUDIT_CHAINS],
    )) as { c: number }[];
    return Number(own!.c);
  }

  /** The chains present, the legacy one included. */
  async chains(): Promise<number[]> {
    const rows = (await this.dataSource.query(
      'SELECT DISTINCT chain FROM cases.audit_log ORDER BY chain',
    )) as { chain: number }[];
    return rows.map((row) => Number(row.chain));
  }

  /** One chain's entries after a position, in chain order. */
  async page(chainNo: number, afterChainSeq: number, limit: number): Promise<ChainedAuditEntry[]> {
    const rows = (await this.dataSource.query(
      'SELECT * FROM cases.audit_log WHERE chain = $1 AND chain_seq > $2 ORDER BY chain_seq LIMIT $3',
      [chainNo, afterChainSeq, limit],
    )) as Row[];
    return rows.map(toEntry);
  }
}
