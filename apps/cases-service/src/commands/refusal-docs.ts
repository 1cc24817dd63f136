import { type ErrorCode } from '@qorgau/domain';
import { domainErrorStatus } from '../cases/domain-rejection.filter';
import { type CaseCommandDeclaration } from './case-command';

/** Refusals any command may meet: the stage forbids it, the clock went back, a person is not a party. */
const COMMON_REFUSALS: readonly ErrorCode[] = [
  'COMMAND_NOT_ALLOWED_IN_STAGE',
  'TIME_WENT_BACKWARDS',
  'INVALID_COMMAND',
  'UNKNOWN_PARTY',
];

/** The 409 and 422 responses of a command's operation, naming the domain refusal codes each may carry. */
export function refusalsDocumented(
  declaration: CaseCommandDeclaration,
): { status: 409 | 422; description: string }[] {
  const codes = [...COMMON_REFUSALS, ...(declaration.refusals ?? [])];
  return ([409, 422] as const).map((status) => {
    const mine: string[] = codes.filter((code) => domainErrorStatus(code) === status);
    // Checked by the service before the workflow: a person or unit the directory does not know.
    if (status === 422) mine.push('UNKNOWN_REFERENCE');
    const lead =
      status === 409
        ? 'The case is not in a state that allows this step now'
        : 'The rules refuse the content of this step';
    return { status, description: `${lead}; \`code\` is one of ${mine.join(', ')}` };
  });
}
