import { Inject, Injectable } from '@nestjs/common';
import { type DataSource, type EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../platform/tokens';
import { chain, type AuditEntry, type ChainedAuditEntry } from './audit-chain';

/** Any constant: serialises appends so every entry chains to the one before it. */
const AUDIT_LOCK = 7_300_417;

interface Row {
  seq: string;
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
  at: new Date(row.at).toISOString(),
  actor: row.actor,
  action: row.action,
  target: row.target,
  requestId: row.request_id,
  prevHash: row.prev_hash,
  hash: row.hash,
});

/** `cases.audit_log`: appended under a transaction-scoped advisory lock, never updated. */
@Injectable()
export class AuditLogRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Appends in the caller's transaction when given one (the entry commits with the change it records). */
  append(entry: Omit<AuditEntry, 'seq'>, manager?: EntityManager): Promise<ChainedAuditEntry> {
    const write = async (m: EntityManager) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
      const [last] = (await m.query('SELECT seq, hash FROM cases.audit_log ORDER BY seq DESC LIMIT 1')) as {
        seq: string;
        hash: string;
      }[];
      const next = chain(last ? { seq: Number(last.seq), hash: last.hash } : null, entry);
      await m.query(
        `INSERT INTO cases.audit_log (seq, at, actor, action, target, request_id, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [next.seq, next.at, next.actor, next.action, next.target, next.requestId, next.prevHash, next.hash],
      );
      return next;
    };
    return manager ? write(manager) : this.dataSource.transaction(write);
  }

  async page(afterSeq: number, limit: number): Promise<ChainedAuditEntry[]> {
    const rows = (await this.dataSource.query(
      'SELECT * FROM cases.audit_log WHERE seq > $1 ORDER BY seq LIMIT $2',
      [afterSeq, limit],
    )) as Row[];
    return rows.map(toEntry);
  }
}
