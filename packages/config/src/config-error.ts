/** One environment variable that failed, and the rule it broke. Never carries the value. */
export interface ConfigProblem {
  readonly variable: string;
  readonly rule: string;
  readonly message: string;
}

/** Thrown at boot when the environment is wrong: one message that lists every bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly problems: readonly ConfigProblem[]) {
    const count =
      problems.length === 1 ? '1 environment variable is' : `${problems.length} environment variables are`;
    const lines = problems.map((p) => `  - ${p.variable}: ${p.message} [rule: ${p.rule}]`);
    super([`Invalid configuration: ${count} invalid.`, ...lines].join('\n'));
  }
}
