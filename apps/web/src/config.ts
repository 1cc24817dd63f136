/** What the app reads at start from the server's /config.json: where to sign in and where the APIs are. */
export interface WebConfig {
  readonly oidc: { readonly authority: string; readonly clientId: string; readonly scope: string };
  readonly api: { readonly cases: string; readonly notifications: string; readonly wellbeing: string };
}

export async function loadConfig(): Promise<WebConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: ${response.status}`);
  return (await response.json()) as WebConfig;
}
