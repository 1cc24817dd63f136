import { randomBytes } from 'node:crypto';
import { devSigningJwk, type Locale } from '@qorgau/service-kit';
import type {
  Configuration,
  KoaContextWithOIDC,
  default as Provider,
} from 'oidc-provider' with { 'resolution-mode': 'import' };
import { type IdentityConfig } from './config';
import { type Directory } from './directory';
import { logoutPage, pageLocale, signedOutPage } from './pages';

/** The resource indicator of the services' API; tokens for it carry `aud` = API_AUDIENCE. */
export const API_RESOURCE = 'urn:qorgau:api';
const API_SCOPE = 'api';

/** What the person chose on the login page; tokens carry it as `locale` (default ru). */
export type LocaleMemory = Map<string, Locale>;

/**
 * oidc-provider's configuration: one public first-party client (code + PKCE, refresh tokens, RP-initiated
 * logout), JWT access tokens for the API resource with the claims the services read, accounts from the directory.
 */
export async function providerConfiguration(
  config: IdentityConfig,
  directory: Directory,
  locales: LocaleMemory,
): Promise<Configuration> {
  const webOrigins = new Set(config.WEB_ORIGINS);
  const claimsOf = async (personRef: string) => {
    const person = await directory.find(personRef);
    if (!person) return undefined;
    return {
      sub: person.personRef,
      name: person.fullName,
      roles: [...person.roles],
      unitId: person.unitId,
      locale: locales.get(person.personRef) ?? 'ru',
    };
  };
  return {
    clients: [
      {
        client_id: config.WEB_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: config.WEB_ORIGINS.flatMap((o) => [`${o}/auth/callback`, `${o}/auth/silent`]),
        post_logout_redirect_uris: config.WEB_ORIGINS.map((o) => `${o}/`),
      },
    ],
    // In development mode the provider signs with the dev key pair: the seed's dev tokens verify against
    // this provider's JWKS too. Cookie keys are per process: a restart signs everyone out.
    jwks: { keys: [await devSigningJwk(config.JWT_DEV_KEYS_DIR)] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'offline_access', API_SCOPE],
    claims: { openid: ['sub'], profile: ['name', 'locale'] },
    findAccount: async (_ctx, sub) => {
      const claims = await claimsOf(sub);
      return claims && { accountId: sub, claims: () => claims };
    },
    // Refresh tokens for the web client whether or not it asks for offline_access (silent renew).
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    ttl: {
      AccessToken: config.ACCESS_TOKEN_TTL_SECONDS,
      RefreshToken: config.REFRESH_TOKEN_TTL_SECONDS,
      IdToken: config.ACCESS_TOKEN_TTL_SECONDS,
      Session: config.REFRESH_TOKEN_TTL_SECONDS,
      Grant: config.REFRESH_TOKEN_TTL_SECONDS,
      Interaction: 3600,
      AuthorizationCode: 60,
    },
    extraTokenClaims: async (_ctx, token) => {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const claims = await claimsOf(token.accountId);
      return claims && { roles: claims.roles, unitId: claims.unitId, locale: claims.locale };
    },
    clientBasedCORS: (_ctx, origin) => webOrigins.has(origin),
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // First-party client: consent is granted as the person signs in, never asked.
    loadExistingGrant: async (ctx) => {
      const { oidc } = ctx as KoaContextWithOIDC;
      const accountId = oidc.session?.accountId;
      if (!oidc.client || !accountId) return undefined;
      const existing = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(oidc.client.clientId);
      if (existing) return oidc.provider.Grant.find(existing);
      const grant = new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId });
      grant.addOIDCScope('openid profile offline_access');
      grant.addOIDCClaims(['name', 'locale']);
      grant.addResourceScope(API_RESOURCE, API_SCOPE);
      await grant.save();
      return grant;
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = logoutPage(pageLocale(ctx.query.ui_locales as string | undefined), form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = 'html';
          ctx.body = signedOutPage(pageLocale(ctx.query.ui_locales as string | undefined));
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== API_RESOURCE) throw new Error(`unknown resource ${resource}`);
          return {
            scope: API_SCOPE,
            audience: config.API_AUDIENCE,
            accessTokenTTL: config.ACCESS_TOKEN_TTL_SECONDS,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
  };
}

/** oidc-provider is an ES module; this CommonJS app loads it with a dynamic import. */
export async function createProvider(
  config: IdentityConfig,
  directory: Directory,
  locales: LocaleMemory,
): Promise<Provider> {
  const { default: ProviderClass } = await import('oidc-provider');
  const provider = new ProviderClass(config.issuer, await providerConfiguration(config, directory, locales));
  provider.proxy = true;
  return provider;
}
