import { createHash } from 'node:crypto';

/**
 * The audit log is several hash chains side by side, so concurrent appends (one per audited read) do not
 * queue behind one lock: each append takes whichever chain is free. Chain 0 holds the entries written before
 * the log was partitioned (one chain, hashed without chain fields) and takes no new entries.
 */
export const LEGACY_CHAIN = 0;

/** One audit entry as chained: what was done, by whom, to what, in which request. */
export interface AuditEntry {
  /**
   * From one global sequence: unique, may skip; it ascends within a chain, but not across writers (a process
   * takes values in blocks for its lock-free appends).
   */
  readonly seq: number;
  /** Which chain the entry belongs to, and its gap-free position there. */
  readonly chain: number;
  readonly chainSeq: number;
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

/** The prev_hash of the first entry of every chain. */
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

/**
 * hash = sha256(prev_hash || canonical JSON of the row), hex. The chain and the position in it are hashed
 * too (a row cannot be moved to another chain); legacy entries keep their original bytes (seq = chainSeq).
 */
export const auditHash = (prevHash: string, entry: AuditEntry): string =>
  createHash('sha256')
    .update(prevHash)
    .update(
      canonicalJson({
        seq: entry.chain === LEGACY_CHAIN ? entry.chainSeq : entry.seq,
        chain: entry.chain === LEGACY_CHAIN ? undefined : entry.chain,
        chainSeq: entry.chain === LEGACY_CHAIN ? undefined : entry.chainSeq,
        at: entry.at,
        actor: entry.actor,
        action: entry.action,
        target: entry.target,
        requestId: entry.requestId,
      }),
    )
    .digest('hex');

/** The last entry of a chain: what the next one links to. */
export interface ChainTip {
  readonly chainSeq: number;
  readonly hash: string;
}

export const chain = (prev: ChainTip | null, entry: Omit<AuditEntry, 'chainSeq'>): ChainedAuditEntry => {
  const full: AuditEntry = { ...entry, chainSeq: (prev?.chainSeq ?? 0) + 1 };
  const prevHash = prev?.hash ?? GENESIS_HASH;
  return { ...full, prevHash, hash: auditHash(prevHash, full) };
};

export type ChainVerdict =
  | { readonly ok: true; readonly entries: number }
  | {
      readonly ok: false;
      /** Entries that verified (in every chain, up to the break in the broken one). */
      readonly entries: number;
      /** seq of the first entry that does not verify (for a deleted entry: the one after the gap). */
      readonly firstBrokenSeq: number;
      readonly chain: number;
      /** Its position in its chain (for a deleted entry: the missing position). */
      readonly chainSeq: number;
      readonly reason: string;
    };

type Broken = Extract<ChainVerdict, { ok: false }>;

/**
 * Walks one chain's entries in chainSeq order from `prev` (the last verified entry, or null at the start).
 * Reports the first entry whose position skips (a deleted row), whose prev_hash is not its predecessor's
 * hash, or whose hash does not match its content.
 */
export function verifyChain(
  entries: Iterable<ChainedAuditEntry>,
  prev: ChainTip | null = null,
): ChainVerdict & { last: ChainTip | null } {
  let last = prev;
  let count = 0;
  for (const entry of entries) {
    const expected = (last?.chainSeq ?? 0) + 1;
    const broken = (reason: string, chainSeq = entry.chainSeq): Broken & { last: ChainTip | null } => ({
      ok: false,
      entries: count,
      firstBrokenSeq: entry.seq,
      chain: entry.chain,
      chainSeq,
      reason,
      last,
    });
    if (entry.chainSeq !== expected) return broken('sequence gap', expected);
    if (entry.prevHash !== (last?.hash ?? GENESIS_HASH)) return broken('prev_hash does not match');
    if (entry.hash !== auditHash(entry.prevHash, entry)) return broken('hash does not match the row');
    last = { chainSeq: entry.chainSeq, hash: entry.hash };
    count += 1;
  }
  return { ok: true, entries: count, last };
}
