import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { type WebConfig } from '../config';

export const CALLBACK_PATH = '/auth/callback';

/**
 * Authorization code + PKCE against the configured provider. The session lives in localStorage so a closed tab
 * does not sign the officer out; silent renew uses the refresh token before the access token expires.
 */
export function createUserManager(config: WebConfig): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.oidc.authority,
    client_id: config.oidc.clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: config.oidc.scope,
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.localStorage }),
  });
}
