import { z } from 'zod';
import { type AuthOptions } from './jwt-verifier';

/**
 * JWT_ISSUER + JWT_JWKS_URL (+ JWT_AUDIENCE): verify tokens of an OIDC provider (production).
 * Neither set: the local development issuer, keys in JWT_DEV_KEYS_DIR (default `.cache/dev-keys`).
 * Setting only one of the pair is refused: half-configured auth must not fall back to dev keys.
 */
export const authEnv = z.object({
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_JWKS_URL: z.url().optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  JWT_DEV_KEYS_DIR: z.string().min(1).optional(),
});

export type AuthEnv = z.output<typeof authEnv>;

export function authOptionsFromEnv(env: AuthEnv): AuthOptions {
  if ((env.JWT_ISSUER === undefined) !== (env.JWT_JWKS_URL === undefined)) {
    throw new Error('JWT_ISSUER and JWT_JWKS_URL are set together (OIDC) or not at all (dev issuer)');
  }
  return env.JWT_ISSUER && env.JWT_JWKS_URL
    ? { mode: 'oidc', issuer: env.JWT_ISSUER, jwksUrl: env.JWT_JWKS_URL, audience: env.JWT_AUDIENCE }
    : { mode: 'dev', keysDir: env.JWT_DEV_KEYS_DIR };
}
