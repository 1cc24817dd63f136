import { domainError, type DomainError } from '../errors/domain-error';

/**
 * How the employee took part (art. 58-1): in person or by video; the commission may proceed without
 * them only after an unexcused no-show or a written refusal. An excused absence means a new date.
 */
export type EmployeeParticipation =
  | 'in-person'
  | 'video'
  | 'unexcused-no-show'
  | 'written-refusal'
  | 'excused-absence';

export const PARTICIPATION_KINDS: readonly EmployeeParticipation[] = [
  'in-person',
  'video',
  'unexcused-no-show',
  'written-refusal',
  'excused-absence',
];

export function checkParticipation(
  personRef: string,
  participation: EmployeeParticipation,
): DomainError | undefined {
  return participation === 'excused-absence'
    ? domainError('COMMISSION_EMPLOYEE_NOT_HEARD', { person: personRef })
    : undefined;
}
