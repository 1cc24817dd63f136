import { createHash } from 'node:crypto';
import {
  auditHash,
  canonicalJson,
  chain,
  GENESIS_HASH,
  LEGACY_CHAIN,
  verifyChain,
  type ChainedAuditEntry,
} from './audit-chain';

/** Four entries of one chain; global seqs interleave with other chains (10, 12, 14, 16). */
const entries = (chainNo = 3): ChainedAuditEntry[] => {
  const out: ChainedAuditEntry[] = [];
  for (let i = 0; i < 4; i++) {
    const prev = out[out.length - 1] ?? null;
    out.push(
      chain(prev, {
        seq: chainNo === LEGACY_CHAIN ? i + 1 : 10 + 2 * i,
        chain: chainNo,
        at: `2026-11-2${i}T10:00:00.000Z`,
        actor: 'inv-1',
        action: 'case.read',
        target: `case/c-${i}`,
        requestId: i % 2 ? `r-${i}` : null,
      }),
    );
  }
  return out;
};

describe('the audit hash chains', () => {
  it('writes canonical JSON with sorted keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"y":null,"z":1}]},"b":1}',
    );
  });

  it('chains each entry to the previous hash of its chain, starting from the genesis hash', () => {
    const [first, second] = entries();
    expect(first).toMatchObject({ seq: 10, chain: 3, chainSeq: 1, prevHash: GENESIS_HASH });
    expect(second).toMatchObject({ seq: 12, chainSeq: 2, prevHash: first!.hash });
    expect(second!.hash).toBe(auditHash(first!.hash, second!));
  });

  it('hashes legacy entries (chain 0) exactly as the single chain did, so they still verify', () => {
    const [first] = entries(LEGACY_CHAIN);
    const singleChain = createHash('sha256')
      .update(GENESIS_HASH)
      .update(
        canonicalJson({
          seq: 1,
          at: first!.at,
          actor: 'inv-1',
          action: 'case.read',
          target: 'case/c-0',
          requestId: null,
        }),
      )
      .digest('hex');
    expect(first!.hash).toBe(singleChain);
  });

  it('binds an entry to its chain: the same row in another chain hashes differently', () => {
    const [first] = entries(3);
    expect(auditHash(GENESIS_HASH, { ...first!, chain: 4 })).not.toBe(first!.hash);
  });

  it('verifies an intact chain', () => {
    expect(verifyChain(entries())).toMatchObject({ ok: true, entries: 4 });
  });

  it('reports the first changed row', () => {
    const log = entries();
    log[2] = { ...log[2]!, actor: 'someone-else' };
    expect(verifyChain(log)).toMatchObject({
      ok: false,
      entries: 2,
      firstBrokenSeq: 14,
      chain: 3,
      chainSeq: 3,
      reason: 'hash does not match the row',
    });
  });

  it('reports a deleted row as a gap in its chain', () => {
    const log = entries();
    log.splice(1, 1);
    expect(verifyChain(log)).toMatchObject({
      ok: false,
      firstBrokenSeq: 14,
      chainSeq: 2,
      reason: 'sequence gap',
    });
  });

  it('reports a row re-hashed without its successors', () => {
    const log = entries();
    const forged = { ...log[1]!, target: 'case/other' };
    log[1] = { ...forged, hash: auditHash(forged.prevHash, forged) };
    expect(verifyChain(log)).toMatchObject({
      ok: false,
      chainSeq: 3,
      reason: 'prev_hash does not match',
    });
  });
});
