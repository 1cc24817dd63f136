import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// The built service, started as production starts it, but without the OIDC settings: it must stop at boot,
// before touching the database (the URL points nowhere), and say which settings are missing.
const main = join(__dirname, '..', 'dist', 'main.js');

function boot(env: Record<string, string>) {
  const { PATH, HOME } = process.env;
  return spawnSync(process.execPath, [main], {
    env: { PATH, HOME, DATABASE_URL: 'postgres://qorgau@127.0.0.1:1/qorgau', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('production boot without OIDC settings', () => {
  it('exits non-zero naming JWT_ISSUER, JWT_JWKS_URL and JWT_AUDIENCE', () => {
    const result = boot({ NODE_ENV: 'production' });
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBeNull();
    for (const name of ['JWT_ISSUER', 'JWT_JWKS_URL', 'JWT_AUDIENCE']) expect(result.stderr).toContain(name);
  });

  it('names only what is missing (here the audience)', () => {
    const result = boot({
      NODE_ENV: 'production',
      JWT_ISSUER: 'https://sso.example.kz/realms/qorgau',
      JWT_JWKS_URL: 'https://sso.example.kz/realms/qorgau/certs',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('JWT_AUDIENCE');
    expect(result.stderr).not.toContain('JWT_ISSUER:');
  });
});
