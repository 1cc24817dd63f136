import { z } from 'zod';

/** The roles of DOMAIN.md's actors, as tokens carry them. */
export const ROLES = [
  'officer',
  'investigator',
  'head',
  'commission-member',
  'commission-chair',
  'commission-secretary',
  'higher-official',
  'wellbeing-staff',
  'hr-inspector',
  'auditor',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Every message a person reads exists in Kazakh, Russian and English. */
export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Who is calling, from a verified token. `personRef` is the pseudonymous person reference (`sub`). */
export interface Principal {
  readonly personRef: string;
  readonly roles: readonly Role[];
  readonly unitId: string;
  readonly locale: Locale;
}

/** Claims Qorgau reads from an access token; unknown roles are dropped, not trusted. */
export const principalClaims = z.object({
  sub: z.string().min(1).max(200),
  roles: z.array(z.string()).transform((roles) => roles.filter((r): r is Role => ROLES.includes(r as Role))),
  unitId: z.string().min(1).max(200),
  locale: z.enum(LOCALES).catch('ru'),
});

export const principalFromClaims = (claims: unknown): Principal => {
  const { sub, roles, unitId, locale } = principalClaims.parse(claims);
  return { personRef: sub, roles, unitId, locale };
};
