import { type z } from 'zod';

/** One reason a payload was rejected: where, which rule, and a message that never echoes the value. */
export interface EventIssue {
  readonly path: string;
  readonly rule: string;
  readonly message: string;
}

export function eventIssues(error: z.ZodError): EventIssue[] {
  return error.issues.map((issue) => {
    const nested =
      issue.code === 'custom' ? (issue.params as { rule?: unknown } | undefined)?.rule : undefined;
    return {
      path: issue.path.map(String).join('.'),
      rule: typeof nested === 'string' ? nested : issue.code,
      message: issue.message,
    };
  });
}

export const describeIssues = (issues: readonly EventIssue[]): string =>
  issues.map((issue) => `${issue.path || '(envelope)'}: ${issue.message}`).join('; ');

/** Thrown when a producer builds or publishes an event its topic's contract rejects. */
export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';

  constructor(
    readonly topic: string,
    readonly issues: readonly EventIssue[],
  ) {
    super(`invalid event for ${topic}: ${describeIssues(issues)}`);
  }
}
