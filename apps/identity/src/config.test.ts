import { loadIdentityConfig } from './config';

const env = {
  DATABASE_URL: 'postgres://qorgau@127.0.0.1:5432/cases',
  IDENTITY_DEV_MODE: 'true',
};

describe('identity configuration', () => {
  it('runs only when development mode is explicit, and never in production', () => {
    expect(() => loadIdentityConfig({ ...env, IDENTITY_DEV_MODE: undefined })).toThrow(/IDENTITY_DEV_MODE/);
    expect(() => loadIdentityConfig({ ...env, NODE_ENV: 'production' })).toThrow(/NODE_ENV/);
  });

  it('defaults: port 3005, issuer from host and port, 10-minute access tokens, the web app on :5173', () => {
    const config = loadIdentityConfig(env);
    expect(config.issuer).toBe('http://127.0.0.1:3005');
    expect(config.ACCESS_TOKEN_TTL_SECONDS).toBe(600);
    expect(config.API_AUDIENCE).toBe('qorgau-api');
    expect(config.WEB_ORIGINS).toEqual(['http://127.0.0.1:5173', 'http://localhost:5173']);
  });

  it('names the origin rule when WEB_ORIGINS is not a list of URLs', () => {
    expect(() => loadIdentityConfig({ ...env, WEB_ORIGINS: 'not a url' })).toThrow(/WEB_ORIGINS/);
  });
});
