import { isLocale, type Locale } from '../i18n/messages';

/** The access token's claims the app reads: who (sub = personRef), roles, unit and language. */
export interface Claims {
  readonly personRef: string;
  readonly roles: readonly string[];
  readonly unitId?: string;
  readonly locale?: Locale;
}

/** Reads a JWT's payload without verifying it: the services verify; the app only personalises the page. */
export function claimsOf(accessToken: string): Claims | undefined {
  const payload = accessToken.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
    const data = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    if (typeof data.sub !== 'string') return undefined;
    return {
      personRef: data.sub,
      roles: Array.isArray(data.roles) ? data.roles.filter((r): r is string => typeof r === 'string') : [],
      unitId: typeof data.unitId === 'string' ? data.unitId : undefined,
      locale: isLocale(data.locale) ? data.locale : undefined,
    };
  } catch {
    return undefined;
  }
}
