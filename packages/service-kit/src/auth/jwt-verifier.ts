import { createHash } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, type KeyLike, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { ZodError } from 'zod';
import { DEV_ALGORITHM, DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevKeys } from './dev-keys';
import { principalFromClaims, type Principal } from './principal';

/** Why a token was refused; the reason goes to logs, the caller only learns it is not authenticated. */
export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';

  constructor(
    readonly reason: 'expired' | 'not-yet-valid' | 'invalid-signature' | 'invalid-claims' | 'malformed',
    message: string,
  ) {
    super(message);
  }
}

export type AuthOptions =
  | { readonly mode: 'dev'; readonly keysDir?: string }
  | { readonly mode: 'oidc'; readonly issuer: string; readonly jwksUrl: string; readonly audience?: string };

/**
 * How far the issuer's clock may run ahead of ours (or behind, for `exp`): enough for ordinary drift between
 * hosts, far too little for a token minted for later use.
 */
export const CLOCK_TOLERANCE_SECONDS = 60;

/**
 * How long a verified token is taken on its SHA-256 without checking its signature again (never past its
 * `exp`): a key withdrawn from the JWKS stops being accepted within this time.
 */
export const VERIFIED_TOKEN_TTL_MS = 60_000;
/** Verified tokens remembered at once (the least recently used go first). */
const VERIFIED_TOKENS_MAX = 10_000;

/**
 * Verifies RS256 access tokens: issuer, audience, signature, expiry, then that the token is already valid
 * (`iat` required and not in the future, `nbf` if present reached, both within the clock tolerance), then
 * Qorgau's claims.
 */
export class JwtVerifier {
  /**
   * An RSA signature check costs more CPU than the rest of a read: a token seen again within
   * VERIFIED_TOKEN_TTL_MS (and before its expiry) gives the principal it gave. Keyed by the token's hash, so no
   * bearer token is kept in memory; refused tokens are never remembered.
   */
  private readonly verified = new LRUCache<string, { principal: Principal; until: number }>({
    max: VERIFIED_TOKENS_MAX,
  });

  constructor(
    private readonly key: KeyLike | JWTVerifyGetKey,
    private readonly issuer: string,
    private readonly audience: string | undefined,
  ) {}

  static async create(options: AuthOptions): Promise<JwtVerifier> {
    if (options.mode === 'oidc') {
      // jose caches the key set and refetches on an unknown `kid`, so key rotation needs no restart.
      return new JwtVerifier(createRemoteJWKSet(new URL(options.jwksUrl)), options.issuer, options.audience);
    }
    const keys = await loadOrCreateDevKeys(options.keysDir);
    return new JwtVerifier(keys.publicKey, DEV_ISSUER, DEV_AUDIENCE);
  }

  async verify(token: string): Promise<Principal> {
    const hash = createHash('sha256').update(token).digest('base64');
    const seen = this.verified.get(hash);
    if (seen && Date.now() < seen.until) return seen.principal;
    const { principal, exp } = await this.verifyAnew(token);
    // jose accepts a token until exp + the tolerance; so does the cache, and never longer than its TTL.
    const until = Math.min((exp + CLOCK_TOLERANCE_SECONDS) * 1000, Date.now() + VERIFIED_TOKEN_TTL_MS);
    this.verified.set(hash, { principal, until });
    return principal;
  }

  private async verifyAnew(token: string): Promise<{ principal: Principal; exp: number }> {
    try {
      const { payload } = await jwtVerify(token, this.key as KeyLike, {
        algorithms: [DEV_ALGORITHM],
        issuer: this.issuer,
        ...(this.audience ? { audience: this.audience } : {}),
        requiredClaims: ['exp', 'iat', 'sub'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      // jose checks `nbf`, but `iat` only against a maximum age; a token issued in the future is refused here.
      const now = Math.floor(Date.now() / 1000);
      if (payload.iat! > now + CLOCK_TOLERANCE_SECONDS) {
        throw new InvalidTokenError('not-yet-valid', 'token issued in the future');
      }
      // Frozen: one cached principal is handed to every request that brings the same token.
      const principal = principalFromClaims(payload);
      return {
        principal: Object.freeze({ ...principal, roles: Object.freeze([...principal.roles]) }),
        exp: payload.exp!,
      };
    } catch (error) {
      throw toInvalidToken(error);
    }
  }
}

function toInvalidToken(error: unknown): InvalidTokenError {
  if (error instanceof InvalidTokenError) return error;
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') {
    return new InvalidTokenError('not-yet-valid', 'token not valid yet');
  }
  if (error instanceof errors.JWTExpired) return new InvalidTokenError('expired', 'token expired');
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return new InvalidTokenError('invalid-signature', 'token signature does not verify');
  }
  if (error instanceof errors.JWTClaimValidationFailed || error instanceof ZodError) {
    return new InvalidTokenError('invalid-claims', 'token claims are not acceptable');
  }
  return new InvalidTokenError('malformed', error instanceof Error ? error.message : 'malformed token');
}
