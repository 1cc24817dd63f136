import { domainError, type DomainError } from '../errors/domain-error';

/** art. 58-1: the commission may sit when at least two thirds of its members are present. */
export const quorumRequired = (size: number): number => Math.ceil((2 * size) / 3);

export const hasQuorum = (size: number, present: number): boolean => present >= quorumRequired(size);

export function checkQuorum(size: number, present: number): DomainError | undefined {
  return hasQuorum(size, present)
    ? undefined
    : domainError('COMMISSION_NO_QUORUM', { present, required: quorumRequired(size), size });
}
