import {
  auditHash,
  canonicalJson,
  chain,
  GENESIS_HASH,
  verifyChain,
  type ChainedAuditEntry,
} from './audit-chain';

const entries = (): ChainedAuditEntry[] => {
  const out: ChainedAuditEntry[] = [];
  for (let i = 0; i < 4; i++) {
    const prev = out[out.length - 1] ?? null;
    out.push(
      chain(prev, {
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

describe('the audit hash chain', () => {
  it('writes canonical JSON with sorted keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"y":null,"z":1}]},"b":1}',
    );
  });

  it('chains each entry to the previous hash, starting from the genesis hash', () => {
    const [first, second] = entries();
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(second!.prevHash).toBe(first!.hash);
    expect(second!.hash).toBe(auditHash(first!.hash, second!));
  });

  it('verifies an intact chain', () => {
    expect(verifyChain(entries())).toMatchObject({ ok: true, entries: 4 });
  });

  it('reports the first changed row', () => {
    const log = entries();
    log[2] = { ...log[2]!, actor: 'someone-else' };
    expect(verifyChain(log)).toMatchObject({
      ok: false,
      firstBrokenSeq: 3,
      reason: 'hash does not match the row',
    });
  });

  it('reports a deleted row as a gap', () => {
    const log = entries();
    log.splice(1, 1);
    expect(verifyChain(log)).toMatchObject({ ok: false, firstBrokenSeq: 2, reason: 'sequence gap' });
  });

  it('reports a row re-hashed without its successors', () => {
    const log = entries();
    const forged = { ...log[1]!, target: 'case/other' };
    log[1] = { ...forged, hash: auditHash(forged.prevHash, forged) };
    expect(verifyChain(log)).toMatchObject({
      ok: false,
      firstBrokenSeq: 3,
      reason: 'prev_hash does not match',
    });
  });
});
