import { createHash } from 'node:crypto';

/** One audit entry as chained: what was done, by whom, to what, in which request. */
export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly target: string;
  readonly requestId: string | null;
}

export interface ChainedAuditEntry extends AuditEntry {
  readonly prevHash: string;
  readonly hash: string;
}

/** The prev_hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level: the same row always hashes to the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** hash = sha256(prev_hash || canonical JSON of the row), hex. */
export const auditHash = (prevHash: string, entry: AuditEntry): string =>
  createHash('sha256')
    .update(prevHash)
    .update(
      canonicalJson({
        seq: entry.seq,
        at: entry.at,
        actor: entry.actor,
        action: entry.action,
        target: entry.target,
        requestId: entry.requestId,
      }),
    )
    .digest('hex');

export const chain = (prev: { seq: number; hash: string } | null, entry: Omit<AuditEntry, 'seq'>) => {
  const full: AuditEntry = { ...entry, seq: (prev?.seq ?? 0) + 1 };
  const prevHash = prev?.hash ?? GENESIS_HASH;
  return { ...full, prevHash, hash: auditHash(prevHash, full) } satisfies ChainedAuditEntry;
};

export type ChainVerdict =
  | { readonly ok: true; readonly entries: number }
  | {
      readonly ok: false;
      readonly entries: number;
      readonly firstBrokenSeq: number;
      readonly reason: string;
    };

/**
 * Walks entries in seq order from `prev` (the last verified entry, or null at the start). Reports the first
 * entry whose seq skips (a deleted row), whose prev_hash is not its predecessor's hash, or whose hash does
 * not match its content.
 */
export function verifyChain(
  entries: Iterable<ChainedAuditEntry>,
  prev: { seq: number; hash: string } | null = null,
): ChainVerdict & { last: { seq: number; hash: string } | null } {
  let last = prev;
  let count = 0;
  for (const entry of entries) {
    const broken = (reason: string) => ({
      ok: false as const,
      entries: count,
      firstBrokenSeq: entry.seq,
      reason,
      last,
    });
    if (entry.seq !== (last?.seq ?? 0) + 1)
      return { ...broken('sequence gap'), firstBrokenSeq: (last?.seq ?? 0) + 1 };
    if (entry.prevHash !== (last?.hash ?? GENESIS_HASH)) return broken('prev_hash does not match');
    if (entry.hash !== auditHash(entry.prevHash, entry)) return broken('hash does not match the row');
    last = { seq: entry.seq, hash: entry.hash };
    count += 1;
  }
  return { ok: true, entries: count, last };
}
