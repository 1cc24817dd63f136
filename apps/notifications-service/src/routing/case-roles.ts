/** What a person is in one case, as far as notifications need to know (the recipients projection). */
export const CASE_ROLES = [
  'applicant',
  'subject',
  'witness',
  'investigator',
  'head',
  'commission-chair',
  'commission-secretary',
  'commission-member',
  /** `ref` = the appealId the person filed. */
  'appellant',
  /** `ref` = the penaltyId imposed on the person. */
  'penalized',
] as const;
export type CaseRole = (typeof CASE_ROLES)[number];

export interface CaseRecipient {
  readonly personRef: string;
  readonly role: CaseRole;
  /** Which appeal or penalty the role is about; '' for plain roles. */
  readonly ref: string;
}

/** Roles that decide on the officer: the wall keeps wellbeing notices away from all of them. */
export const DISCIPLINARY_ROLES: readonly CaseRole[] = [
  'investigator',
  'head',
  'commission-chair',
  'commission-secretary',
  'commission-member',
];

export const COMMISSION_ROLES: readonly CaseRole[] = [
  'commission-chair',
  'commission-secretary',
  'commission-member',
];

export const refsWith = (recipients: readonly CaseRecipient[], ...roles: CaseRole[]): string[] => [
  ...new Set(recipients.filter((r) => roles.includes(r.role)).map((r) => r.personRef)),
];
