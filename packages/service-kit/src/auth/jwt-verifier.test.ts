import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { generateKeyPair, SignJWT } from 'jose';
import { DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevKeys } from './dev-keys';
import { DevTokenIssuer } from './dev-token-issuer';
import { CLOCK_TOLERANCE_SECONDS, JwtVerifier, VERIFIED_TOKEN_TTL_MS } from './jwt-verifier';
import { type Principal } from './principal';

const investigator: Principal = {
  personRef: 'officer-17',
  roles: ['investigator'],
  unitId: 'unit-almaty-3',
  locale: 'kk',
};

describe('JwtVerifier with the development issuer', () => {
  const keysDir = mkdtempSync(join(tmpdir(), 'qorgau-keys-'));
  let issuer: DevTokenIssuer;
  let verifier: JwtVerifier;

  beforeAll(async () => {
    issuer = await DevTokenIssuer.create(keysDir);
    verifier = await JwtVerifier.create({ mode: 'dev', keysDir });
  });

  it('accepts a token it issued and reads the principal from its claims', async () => {
    await expect(verifier.verify(await issuer.issue(investigator))).resolves.toEqual(investigator);
  });

  it('generates the key pair once and reuses it', async () => {
    const [a, b] = await Promise.all([loadOrCreateDevKeys(keysDir), loadOrCreateDevKeys(keysDir)]);
    expect(a.kid).toBe(b.kid);
  });

  it('refuses an expired token', async () => {
    const token = await issuer.issue(investigator, {
      now: new Date(Date.now() - 7200_000),
      expiresInSeconds: 60,
    });
    await expect(verifier.verify(token)).rejects.toMatchObject({ reason: 'expired' });
  });

  it('refuses a token signed with another key', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ roles: ['admin'], unitId: 'u', locale: 'en' })
      .setProtectedHeader({ alg: 'RS256' })
      .setSubject('intruder')
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setExpirationTime('1h')
      .sign(privateKey);
    await expect(verifier.verify(forged)).rejects.toMatchObject({ reason: 'invalid-signature' });
  });

  it('refuses a token without roles or unit, and drops roles Qorgau does not know', async () => {
    const { privateKey } = await loadOrCreateDevKeys(keysDir);
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256' })
        .setSubject('officer-17')
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey);
    await expect(verifier.verify(await sign({ unitId: 'u', locale: 'ru' }))).rejects.toMatchObject({
      reason: 'invalid-claims',
    });
    await expect(verifier.verify(await sign({ roles: ['head'], locale: 'ru' }))).rejects.toMatchObject({
      reason: 'invalid-claims',
    });
    await expect(
      verifier.verify(await sign({ roles: ['head', 'superuser'], unitId: 'u', locale: 'ru' })),
    ).resolves.toMatchObject({ roles: ['head'] });
  });

  describe('a token that is not valid yet', () => {
    const nowSeconds = () => Math.floor(Date.now() / 1000);
    const claims = { roles: ['head'], unitId: 'unit-almaty-3', locale: 'ru' };
    const sign = async (times: { iat?: number; nbf?: number }) => {
      const { privateKey } = await loadOrCreateDevKeys(keysDir);
      const jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256' })
        .setSubject('head-1')
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setExpirationTime(nowSeconds() + 7200);
      if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
      if (times.nbf !== undefined) jwt.setNotBefore(times.nbf);
      return jwt.sign(privateKey);
    };

    it('refuses a token issued beyond the clock tolerance in the future, whatever its lifetime', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: CLOCK_TOLERANCE_SECONDS + 5, max: 10 * 365 * 86_400 }),
          async (ahead) => {
            const token = await issuer.issue(investigator, { now: new Date((nowSeconds() + ahead) * 1000) });
            await expect(verifier.verify(token)).rejects.toMatchObject({ reason: 'not-yet-valid' });
          },
        ),
        { numRuns: 20 },
      );
    });

    it('accepts a token issued a little ahead (clock drift within the tolerance)', async () => {
      const token = await issuer.issue(investigator, { now: new Date((nowSeconds() + 20) * 1000) });
      await expect(verifier.verify(token)).resolves.toEqual(investigator);
    });

    it('refuses a token whose nbf is in the future, and one without iat', async () => {
      await expect(
        verifier.verify(await sign({ iat: nowSeconds(), nbf: nowSeconds() + 600 })),
      ).rejects.toMatchObject({
        reason: 'not-yet-valid',
      });
      await expect(
        verifier.verify(await sign({ iat: nowSeconds(), nbf: nowSeconds() - 5 })),
      ).resolves.toMatchObject({
        personRef: 'head-1',
      });
      await expect(verifier.verify(await sign({}))).rejects.toMatchObject({ reason: 'invalid-claims' });
    });
  });

  describe('a token verified before (remembered by its hash)', () => {
    // Only the clock is faked: jose and the cache both read it through Date.
    const onlyDate: Parameters<typeof jest.useFakeTimers>[0] = {
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
      ],
    };
    afterEach(() => jest.useRealTimers());

    it('gives the same principal again, frozen, and is refused once expired as if never seen', async () => {
      const start = Date.now();
      jest.useFakeTimers({ ...onlyDate, now: start });
      const token = await issuer.issue(investigator, { expiresInSeconds: 30 });
      const first = await verifier.verify(token);
      expect(Object.isFrozen(first) && Object.isFrozen(first.roles)).toBe(true);
      jest.setSystemTime(start + 20_000);
      await expect(verifier.verify(token)).resolves.toBe(first);
      // Past exp + the clock tolerance: the remembered verdict does not outlive the token.
      jest.setSystemTime(start + (30 + CLOCK_TOLERANCE_SECONDS + 1) * 1000);
      await expect(verifier.verify(token)).rejects.toMatchObject({ reason: 'expired' });
    });

    it('is checked again after the TTL, so a withdrawn key stops working within it', async () => {
      const start = Date.now();
      jest.useFakeTimers({ ...onlyDate, now: start });
      const token = await issuer.issue(investigator);
      const first = await verifier.verify(token);
      jest.setSystemTime(start + VERIFIED_TOKEN_TTL_MS + 1);
      const again = await verifier.verify(token);
      expect(again).toEqual(first);
      expect(again).not.toBe(first);
    });

    it('never remembers a refusal', async () => {
      const token = await issuer.issue(investigator, {
        now: new Date(Date.now() - 7200_000),
        expiresInSeconds: 60,
      });
      await expect(verifier.verify(token)).rejects.toMatchObject({ reason: 'expired' });
      await expect(verifier.verify(token)).rejects.toMatchObject({ reason: 'expired' });
    });
  });

  it('refuses garbage', async () => {
    await expect(verifier.verify('not.a.jwt')).rejects.toMatchObject({ reason: 'malformed' });
  });
});
