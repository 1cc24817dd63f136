import { Inject, Injectable } from '@nestjs/common';
import { type DataSource, type EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../platform/tokens';
import { chain, type ChainedAuditEntry, type ChainTip } from './audit-chain';
import { GroupCommit } from './group-commit';
import { OptimisticAppender, type ChainStore, type NewAuditEntry } from './optimistic-appender';

/** Advisory lock class of the audit chains (any constant); the second key is the chain. */
const AUDIT_LOCK = 7_300_417;
/**
 * Appends inside a caller's transaction spread over chains 1..AUDIT_CHAINS, each under a lock. More than the
 * connection pool, so a free chain is almost always found without waiting; each costs one more walk when the
 * log is verified.
 */
export const AUDIT_CHAINS = 16;
/** Group-committed appends (audited reads) go to the next 16 chains, without a lock (`OptimisticAppender`). */
export const BATCH_CHAINS: readonly number[] = Array.from({ length: 16 }, (_, i) => AUDIT_CHAINS + 1 + i);

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

type NewEntry = NewAuditEntry;

/**
 * Batches of audited reads in flight at once. One: a batch is a single INSERT, so while it is in flight the
 * next reads gather into one larger batch; measured on the reads benchmark (quiet, concurrency 10) 1,151 and
 * 1,250 reads/s against 970 and 981 with 4 in flight.
 */
const BATCHES_IN_FLIGHT = 1;
const MAX_BATCH = 100;

/** The unique (chain, chain_seq): a refused insert naming it lost a race for a chain position. */
const CHAIN_POSITION = 'audit_log_chain_position';

/**
 * `cases.audit_log`: never updated. An append inside a caller's transaction takes a transaction-scoped
 * advisory lock on one chain (the first free one, starting from the connection's own) and links to that
 * chain's last entry. Appends outside one (audited reads) are group-committed: concurrent ones share one
 * multi-row insert into a chain of their own, linked to the tip this process remembers (one round trip), each
 * still resolved only after its commit.
 */
@Injectable()
export class AuditLogRepository {
  private readonly appender: OptimisticAppender;
  private readonly batches = new GroupCommit<NewEntry, ChainedAuditEntry>(
    (entries) => this.writeBatch(entries),
    { maxInFlight: BATCHES_IN_FLIGHT, maxBatch: MAX_BATCH },
  );

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {
    this.appender = new OptimisticAppender(chainStore(dataSource), BATCH_CHAINS);
  }

  /**
   * Appends in the caller's transaction when given one (the entry commits with the change it records);
   * otherwise with whatever other appends are waiting, and resolves once committed.
   */
  append(entry: NewEntry, manager?: EntityManager): Promise<ChainedAuditEntry> {
    return manager ? this.appendAll(manager, [entry]).then(([one]) => one!) : this.batches.submit(entry);
  }

  /** One batch in one insert; if it fails, each entry alone, so one bad entry fails only its own read. */
  private async writeBatch(entries: readonly NewEntry[]): Promise<PromiseSettledResult<ChainedAuditEntry>[]> {
    try {
      const written = await this.appender.append(entries);
      return written.map((value) => ({ status: 'fulfilled', value }));
    } catch (error) {
      if (entries.length === 1) return [{ status: 'rejected', reason: error }];
      // One after another: a batch holds up to 100 entries, more than there are chains to write them at once.
      const settled: PromiseSettledResult<ChainedAuditEntry>[] = [];
      for (const entry of entries) {
        try {
          settled.push({ status: 'fulfilled', value: (await this.appender.append([entry]))[0]! });
        } catch (reason) {
          settled.push({ status: 'rejected', reason });
        }
      }
      return settled;
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
    await insertEntries(m, chained);
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

  /** The chains present, the legacy one and the batch chains included. */
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

type Queryable = Pick<DataSource, 'query'>;

/** One multi-row insert of linked entries. */
async function insertEntries(db: Queryable, entries: readonly ChainedAuditEntry[]): Promise<void> {
  const column = <K extends keyof ChainedAuditEntry>(key: K) => entries.map((e) => e[key]);
  await db.query(
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
}

/** The batch chains' SQL: each call its own statement, so an insert commits on its own. */
export function chainStore(dataSource: DataSource): ChainStore {
  return {
    async tip(chainNo) {
      const [tip] = (await dataSource.query(
        'SELECT chain_seq, hash FROM cases.audit_log WHERE chain = $1 ORDER BY chain_seq DESC LIMIT 1',
        [chainNo],
      )) as { chain_seq: string; hash: string }[];
      return tip ? { chainSeq: Number(tip.chain_seq), hash: tip.hash } : null;
    },
    async reserveSeqs(count) {
      const rows = (await dataSource.query(
        `SELECT nextval('cases.audit_log_seq')::text AS seq FROM generate_series(1, $1)`,
        [count],
      )) as { seq: string }[];
      return rows.map((row) => Number(row.seq));
    },
    async insert(entries) {
      try {
        await insertEntries(dataSource, entries);
        return 'written';
      } catch (error) {
        if (positionTaken(error)) return 'position-taken';
        throw error;
      }
    },
  };
}

function positionTaken(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driver?.code === '23505' && driver.constraint === CHAIN_POSITION;
}
