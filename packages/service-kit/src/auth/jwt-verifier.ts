import { createRemoteJWKSet, errors, jwtVerify, type KeyLike, type JWTVerifyGetKey } from 'jose';
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
 * Verifies RS256 access tokens: issuer, audience, signature, expiry, then that the token is already valid
 * (`iat` required and not in the future, `nbf` if present reached, both within the clock tolerance), then
 * Qorgau's claims.
 */
export class JwtVerifier {
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
      return principalFromClaims(payload);
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
