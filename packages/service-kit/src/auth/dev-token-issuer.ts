import { SignJWT } from 'jose';
import { DEV_ALGORITHM, DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevKeys, type DevKeys } from './dev-keys';
import { type Principal } from './principal';

export interface IssueOptions {
  /** Lifetime in seconds; default one hour. */
  readonly expiresInSeconds?: number;
  /** The issuing time; defaults to now (tests pass a past time to mint expired tokens). */
  readonly now?: Date;
}

/**
 * Mints access tokens signed with the local development key, for tests, the demo and the local run.
 * Production tokens come from the ministry's OIDC provider; this issuer is never configured there.
 */
export class DevTokenIssuer {
  constructor(
    private readonly keys: DevKeys,
    private readonly issuer: string = DEV_ISSUER,
    private readonly audience: string = DEV_AUDIENCE,
  ) {}

  static async create(keysDir?: string): Promise<DevTokenIssuer> {
    return new DevTokenIssuer(await loadOrCreateDevKeys(keysDir));
  }

  issue(principal: Principal, options: IssueOptions = {}): Promise<string> {
    const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
    return new SignJWT({ roles: [...principal.roles], unitId: principal.unitId, locale: principal.locale })
      .setProtectedHeader({ alg: DEV_ALGORITHM, kid: this.keys.kid, typ: 'JWT' })
      .setSubject(principal.personRef)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + (options.expiresInSeconds ?? 3600))
      .sign(this.keys.privateKey);
  }
}
