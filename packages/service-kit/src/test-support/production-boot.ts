/// <reference types="jest" />
import { spawnSync } from 'node:child_process';

/** Starts the built service as production starts it (NODE_ENV unset or production), with only `env` besides. */
function boot(main: string, env: Record<string, string>) {
  const { PATH, HOME } = process.env;
  return spawnSync(process.execPath, [main], {
    env: { PATH, HOME, DATABASE_URL: 'postgres://qorgau@127.0.0.1:1/qorgau', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/**
 * The refusal every service owes (see "Production defaults" in this package's README): the built service
 * (`main`: its dist/main.js) started in production without the OIDC settings stops at boot, before touching the
 * database (the URL points nowhere), naming each missing setting and only those. A jest suite: call it at the
 * top level of a test file.
 */
export function describeProductionBootRefusal(main: string): void {
  describe('production boot without OIDC settings', () => {
    it('exits non-zero naming JWT_ISSUER, JWT_JWKS_URL and JWT_AUDIENCE', () => {
      const result = boot(main, { NODE_ENV: 'production' });
      expect(result.status).not.toBe(0);
      expect(result.status).not.toBeNull();
      for (const name of ['JWT_ISSUER', 'JWT_JWKS_URL', 'JWT_AUDIENCE'])
        expect(result.stderr).toContain(name);
    });

    it('names only what is missing (here the audience)', () => {
      const result = boot(main, {
        NODE_ENV: 'production',
        JWT_ISSUER: 'https://sso.example.kz/realms/qorgau',
        JWT_JWKS_URL: 'https://sso.example.kz/realms/qorgau/certs',
      });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain('JWT_AUDIENCE');
      expect(result.stderr).not.toContain('JWT_ISSUER:');
    });
  });
}
