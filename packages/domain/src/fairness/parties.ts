/** The roles a person can have in one case; a person may hold several (mutual complaints). */
export type PartyRole = 'applicant' | 'subject' | 'witness';

export const PARTY_ROLES: readonly PartyRole[] = ['applicant', 'subject', 'witness'];

export interface Party {
  readonly personRef: string;
  readonly roles: readonly PartyRole[];
}

export const hasRole = (parties: readonly Party[], personRef: string, role: PartyRole): boolean =>
  parties.some((p) => p.personRef === personRef && p.roles.includes(role));

export const refsWithRole = (parties: readonly Party[], role: PartyRole): string[] =>
  parties.filter((p) => p.roles.includes(role)).map((p) => p.personRef);

/** Applicants and subjects: the people a decision must state findings for and offer support to. */
export const principalRefs = (parties: readonly Party[]): string[] =>
  parties.filter((p) => p.roles.includes('applicant') || p.roles.includes('subject')).map((p) => p.personRef);
