/**
 * A strict Content-Security-Policy: scripts only from this origin (no inline script, no eval); the identity
 * provider is reachable for the token calls and its sign-in form; nothing may frame the app. Styles allow inline
 * because the component library sets CSS variables and style attributes at run time.
 */
export function contentSecurityPolicy(oidcAuthority: string): string {
  const idp = new URL(oidcAuthority).origin;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${idp}`,
    `frame-src ${idp}`,
    `form-action 'self' ${idp}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
