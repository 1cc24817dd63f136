import { databaseEnv, httpEnv, loadConfig, logEnv, sqlIdentifier, type Environment } from '@qorgau/config';
import { z } from 'zod';

const seconds = (fallback: string) =>
  z.coerce
    .number()
    .int()
    .min(30)
    .max(30 * 86_400)
    .prefault(fallback);

const origins = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url().transform((url) => new URL(url).origin)).min(1, 'must name at least one origin'));

/**
 * DATABASE_URL: the cases database, whose directory (`cases.officer`) holds the people who may sign in.
 * IDENTITY_DEV_MODE must be `true`: this provider signs in whoever is picked, without a password, and signs
 * with the local dev key pair (JWT_DEV_KEYS_DIR); production uses the ministry's IdP instead.
 */
export const identityEnv = databaseEnv
  .extend({ DATABASE_SCHEMA: sqlIdentifier.default('cases') })
  .extend(httpEnv.shape)
  .extend(logEnv.shape)
  .extend({
    PORT: httpEnv.shape.PORT.unwrap().prefault('3005'),
    IDENTITY_DEV_MODE: z.literal('true', {
      error: 'must be true: the local provider signs people in without a password (development only)',
    }),
    NODE_ENV: z
      .string()
      .optional()
      .refine((env) => env !== 'production', 'the local identity provider never runs in production'),
    /** The issuer URL as clients and services see it; default http://HOST:PORT. */
    IDENTITY_ISSUER: z.url().optional(),
    /** Origins of the web app: redirect URIs are <origin>/auth/callback and <origin>/auth/silent. */
    WEB_ORIGINS: origins.prefault('http://127.0.0.1:5173,http://localhost:5173'),
    WEB_CLIENT_ID: z.string().min(1).default('qorgau-web'),
    /** The `aud` of access tokens; the services' JWT_AUDIENCE. */
    API_AUDIENCE: z.string().min(1).default('qorgau-api'),
    ACCESS_TOKEN_TTL_SECONDS: seconds('600'),
    REFRESH_TOKEN_TTL_SECONDS: seconds('28800'),
    JWT_DEV_KEYS_DIR: z.string().min(1).optional(),
  });

export type IdentityConfig = z.output<typeof identityEnv> & { readonly issuer: string };

export function loadIdentityConfig(env: Environment = process.env): IdentityConfig {
  const config = loadConfig(identityEnv, env);
  return { ...config, issuer: config.IDENTITY_ISSUER ?? `http://${config.HOST}:${config.PORT}` };
}
