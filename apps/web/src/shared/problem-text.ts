import { useIntl, type IntlShape } from 'react-intl';
import { ApiProblem, NetworkProblem, type FieldProblem } from '../api/problem';

/** Problem codes with their own text; any other refusal shows the server's detail inside a translated frame. */
const CODE_MESSAGES: Record<string, string> = {
  PRECONDITION_FAILED: 'error.precondition',
  NOT_FOUND: 'error.notFound.body',
  CASE_NOT_FOUND: 'error.notFound.body',
  FORBIDDEN: 'error.forbidden',
  UNAUTHENTICATED: 'auth.expired',
  INTERNAL_ERROR: 'error.server',
  SERVICE_UNAVAILABLE: 'error.server',
};

/** zod's rules as the services name them, in words a person understands. */
function fieldMessageId(problem: FieldProblem): string {
  if (problem.rule === 'too_small' || problem.rule === 'invalid_type') return 'error.field.required';
  if (problem.rule === 'too_big') return 'error.field.tooLong';
  if (problem.rule === 'invalid_format' || problem.rule === 'invalid_value') return 'error.field.invalid';
  return 'error.field.generic';
}

export function generalMessage(intl: IntlShape, error: unknown): string {
  if (error instanceof NetworkProblem) return intl.formatMessage({ id: 'error.network' });
  if (!(error instanceof ApiProblem)) return intl.formatMessage({ id: 'error.server' });
  const id = CODE_MESSAGES[error.code] ?? (error.status >= 500 ? 'error.server' : undefined);
  if (id) return intl.formatMessage({ id });
  return error.detail
    ? intl.formatMessage({ id: 'error.refused' }, { detail: error.detail })
    : intl.formatMessage({ id: 'error.refusedNoDetail' });
}

export interface FieldMessage {
  /** The DOM id of the input the message belongs to. */
  readonly fieldId: string;
  readonly message: string;
}

/**
 * The field errors of a problem, each placed on the form's input: `locate` maps the server's path
 * (`items.2.text`) to the input's id and its label, or undefined when the form has no such field.
 */
export function useFieldMessages() {
  const intl = useIntl();
  return (
    error: unknown,
    locate: (field: string) => { fieldId: string; label: string } | undefined,
  ): FieldMessage[] => {
    if (!(error instanceof ApiProblem)) return [];
    return error.errors.flatMap((problem) => {
      const target = locate(problem.field);
      if (!target) return [];
      return [
        {
          fieldId: target.fieldId,
          message: intl.formatMessage({ id: fieldMessageId(problem) }, { field: target.label }),
        },
      ];
    });
  };
}

export const useGeneralMessage = () => {
  const intl = useIntl();
  return (error: unknown) => generalMessage(intl, error);
};
