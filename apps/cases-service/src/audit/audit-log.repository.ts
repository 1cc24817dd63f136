import { Inject, Injectable } from '@nestjs/common';
import { type DataSource, type EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../platform/tokens';
import { chain, type AuditEntry, type ChainedAuditEntry } from './audit-chain';

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

/**
 * `cases.audit_log`: never updated; each append takes a transaction-scoped advisory lock on one chain (the
 * first free one, starting from the connection's own) and links to that chain's last entry.
 */
@Injectable()
export class AuditLogRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Appends in the caller's transaction when given one (the entry commits with the change it records). */
  append(
    entry: Omit<AuditEntry, 'seq' | 'chain' | 'chainSeq'>,
    manager?: EntityManager,
  ): Promise<ChainedAuditEntry> {
    const write = async (m: EntityManager) => {
      const chainNo = await this.lockChain(m);
      const [tip] = (await m.query(
        `SELECT nextval('cases.audit_log_seq')::text AS seq, t.chain_seq, t.hash
           FROM (SELECT 1) one
           LEFT JOIN LATERAL (
             SELECT chain_seq, hash FROM cases.audit_log WHERE chain = $1 ORDER BY chain_seq DESC LIMIT 1
           ) t ON true`,
        [chainNo],
      )) as { seq: string; chain_seq: string | null; hash: string | null }[];
      const prev = tip?.chain_seq ? { chainSeq: Number(tip.chain_seq), hash: tip.hash! } : null;
      const next = chain(prev, { ...entry, seq: Number(tip!.seq), chain: chainNo });
      await m.query(
        `INSERT INTO cases.audit_log (seq, chain, chain_seq, at, actor, action, target, request_id, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          next.seq,
          next.chain,
          next.chainSeq,
          next.at,
          next.actor,
          next.action,
          next.target,
          next.requestId,
          next.prevHash,
          next.hash,
        ],
      );
      return next;
    };
    return manager ? write(manager) : this.dataSource.transaction(write);
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
