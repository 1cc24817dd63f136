import { randomUUID } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  exportJWK,
  exportPKCS8,
  exportSPKI,
  generateKeyPair,
  importPKCS8,
  importSPKI,
  type JWK,
  type KeyLike,
} from 'jose';

export const DEV_ALGORITHM = 'RS256';
export const DEV_ISSUER = 'qorgau-dev';
export const DEV_AUDIENCE = 'qorgau';

export interface DevKeys {
  readonly kid: string;
  readonly privateKey: KeyLike;
  readonly publicKey: KeyLike;
}

interface StoredKeys {
  kid: string;
  privatePem: string;
  publicPem: string;
}

/** `.cache/dev-keys` under the repo root (the folder with pnpm-workspace.yaml), or under QORGAU_CACHE_DIR. */
export function defaultDevKeysDir(env: NodeJS.ProcessEnv = process.env, from = process.cwd()): string {
  if (env.QORGAU_CACHE_DIR) return join(resolve(env.QORGAU_CACHE_DIR), 'dev-keys');
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return join(dir, '.cache', 'dev-keys');
    const parent = dirname(dir);
    if (parent === dir) return join(resolve(from), '.cache', 'dev-keys');
    dir = parent;
  }
}

/**
 * The local issuer's RSA key pair, generated on first use. Several processes may start at once (services,
 * test workers): each writes a candidate and hard-links it into place, which fails if another won, so all
 * of them end up with the same pair.
 */
export async function loadOrCreateDevKeys(dir: string = defaultDevKeysDir()): Promise<DevKeys> {
  const file = join(dir, 'jwt-rs256.json');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const { privateKey, publicKey } = await generateKeyPair(DEV_ALGORITHM, { extractable: true });
    const stored: StoredKeys = {
      kid: `dev-${randomUUID()}`,
      privatePem: await exportPKCS8(privateKey),
      publicPem: await exportSPKI(publicKey),
    };
    const candidate = `${file}.${process.pid}.${randomUUID()}`;
    writeFileSync(candidate, JSON.stringify(stored), { mode: 0o600 });
    try {
      linkSync(candidate, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(candidate);
    }
  }
  const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredKeys;
  return {
    kid: stored.kid,
    privateKey: await importPKCS8(stored.privatePem, DEV_ALGORITHM, { extractable: false }),
    publicKey: await importSPKI(stored.publicPem, DEV_ALGORITHM),
  };
}

/**
 * The dev key pair as a private JWK, for the local OpenID provider (apps/identity in development mode): tokens
 * it signs and the seed's dev tokens then verify against one JWKS. Never used outside development.
 */
export async function devSigningJwk(dir: string = defaultDevKeysDir()): Promise<JWK & { kid: string }> {
  await loadOrCreateDevKeys(dir);
  const stored = JSON.parse(readFileSync(join(dir, 'jwt-rs256.json'), 'utf8')) as StoredKeys;
  const key = await importPKCS8(stored.privatePem, DEV_ALGORITHM, { extractable: true });
  return { ...(await exportJWK(key)), kid: stored.kid, alg: DEV_ALGORITHM, use: 'sig' };
}
