// Issue 11: the local run exercises the production auth path. Every service verifies tokens against the local
// OpenID provider's JWKS; a person of the directory signs in there (authorization code + PKCE, over HTTP as the
// web app would) and the one token works on all three services; the seed's dev tokens keep working beside it.
import { QorgauHttp, signIn } from '@qorgau/local-system';
import { useSystem } from './support/system';

const e2e = useSystem('sign-in');

describe('signing in on the local system', () => {
  it('publishes discovery with the issuer the services trust', async () => {
    const { urls } = e2e.system;
    const discovery = (await (await fetch(`${urls.identity}/.well-known/openid-configuration`)).json()) as {
      issuer: string;
      jwks_uri: string;
      code_challenge_methods_supported: string[];
    };
    expect(discovery.issuer).toBe(urls.identity);
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
  });

  it('signs officer B in through the provider; the token is honoured by every service', async () => {
    const { urls, oidc } = e2e.system;
    const tokens = await signIn({
      issuer: urls.identity,
      clientId: oidc.clientId,
      redirectUri: `${oidc.webOrigin}/auth/callback`,
      personRef: 'officer-b',
      locale: 'kk',
    });
    const http = new QorgauHttp(urls).as(tokens.accessToken);
    expect((await http.get('cases', '/me/cases')).status).toBe(200);
    expect((await http.get('notifications', '/inbox')).status).toBe(200);
    expect((await http.get('wellbeing', '/me/check-ins')).status).toBe(200);
    // A token of another issuer's shape is refused: the services trust the provider only.
    const forged = await new QorgauHttp(urls).as('x.y.z').get('cases', '/me/cases', { allowError: true });
    expect(forged.status).toBe(401);
  });

  it("keeps the seed's dev tokens valid (issued for the provider, signed with its development key)", async () => {
    expect((await e2e.as('officer-a').get('cases', '/me/cases')).status).toBe(200);
  });
});
