import { ConfigError, type ConfigProblem } from '@qorgau/config';
import { z } from 'zod';
import { isDevelopmentMode } from '../security/deployment-mode';
import { type AuthOptions } from './jwt-verifier';

/**
 * JWT_ISSUER + JWT_JWKS_URL + JWT_AUDIENCE: verify tokens of an OIDC provider (always, outside development).
 * Neither issuer nor JWKS set, and NODE_ENV `development` or `test`: the local development issuer, keys in
 * JWT_DEV_KEYS_DIR (default `.cache/dev-keys`).
 * Setting only one of the pair is refused: half-configured auth must not fall back to dev keys.
 */
export const authEnv = z.object({
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_JWKS_URL: z.url().optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  JWT_DEV_KEYS_DIR: z.string().min(1).optional(),
});

export type AuthEnv = z.output<typeof authEnv>;

const OIDC_SETTINGS = ['JWT_ISSUER', 'JWT_JWKS_URL', 'JWT_AUDIENCE'] as const;

/**
 * The token verification a service boots with. Throws a ConfigError naming every missing setting when it is
 * not in development mode (NODE_ENV, read from the process unless given) and OIDC is not fully configured: a
 * production process never accepts tokens signed with the development keys.
 */
export function authOptionsFromEnv(
  env: AuthEnv,
  { nodeEnv }: { readonly nodeEnv: string | undefined } = { nodeEnv: process.env.NODE_ENV },
): AuthOptions {
  if (!isDevelopmentMode(nodeEnv)) {
    const missing = OIDC_SETTINGS.filter((name) => env[name] === undefined);
    if (missing.length > 0) {
      throw new ConfigError(
        missing.map(
          (variable): ConfigProblem => ({
            variable,
            rule: 'required',
            message: `is required outside development (NODE_ENV=${nodeEnv ?? '(unset)'}): development-key tokens are refused; set NODE_ENV=development for a local run`,
          }),
        ),
      );
    }
  }
  if ((env.JWT_ISSUER === undefined) !== (env.JWT_JWKS_URL === undefined)) {
    throw new Error('JWT_ISSUER and JWT_JWKS_URL are set together (OIDC) or not at all (dev issuer)');
  }
  return env.JWT_ISSUER && env.JWT_JWKS_URL
    ? { mode: 'oidc', issuer: env.JWT_ISSUER, jwksUrl: env.JWT_JWKS_URL, audience: env.JWT_AUDIENCE }
    : { mode: 'dev', keysDir: env.JWT_DEV_KEYS_DIR };
}
