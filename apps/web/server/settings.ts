// The web server's environment, read once and checked: a missing setting stops the start with one clear line.
export interface WebServerSettings {
  port: number;
  host: string;
  staticDir: string;
  oidc: { authority: string; clientId: string; scope: string };
  upstreams: { cases: string; notifications: string; wellbeing: string };
}

export function settingsFrom(env: NodeJS.ProcessEnv, staticDir: string): WebServerSettings {
  const required = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`${name} is required (see apps/web/README.md)`);
    return value;
  };
  const url = (name: string): string => {
    const value = required(name);
    try {
      return new URL(value).toString().replace(/\/$/, '');
    } catch {
      throw new Error(`${name} must be an absolute URL, got "${value}"`);
    }
  };
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    staticDir,
    oidc: {
      authority: url('WEB_OIDC_AUTHORITY'),
      clientId: required('WEB_OIDC_CLIENT_ID'),
      scope: env.WEB_OIDC_SCOPE ?? 'openid profile offline_access',
    },
    upstreams: {
      cases: url('WEB_API_CASES_URL'),
      notifications: url('WEB_API_NOTIFICATIONS_URL'),
      wellbeing: url('WEB_API_WELLBEING_URL'),
    },
  };
}
