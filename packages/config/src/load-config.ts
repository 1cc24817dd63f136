import { type z } from 'zod';
import { ConfigError, type ConfigProblem } from './config-error';

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Parses the environment with `schema` and returns the typed config, or throws one ConfigError naming
 * every bad variable and the rule it broke. Values are never echoed: a bad DATABASE_URL may hold a
 * password. Empty values count as unset, so `PORT=` falls back to the default instead of failing.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: Environment = process.env): z.output<S> {
  const present = Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== '',
    ),
  );
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => problemOf(issue, present)));
}

function problemOf(issue: z.core.$ZodIssue, env: Record<string, string>): ConfigProblem {
  const variable = issue.path.length > 0 ? String(issue.path[0]) : '(environment)';
  const value = env[variable];
  if (value === undefined && issue.code === 'invalid_type') {
    return { variable, rule: 'required', message: 'is required but not set' };
  }
  return { variable, rule: issue.code, message: redact(issue.message, value) };
}

// Our messages never include the input, but a custom refinement somewhere might: scrub it defensively.
// Very short values are left alone, they would mangle the message ("1" in "1 to 65535") and cannot be secrets.
function redact(message: string, value: string | undefined): string {
  if (value === undefined || value.length < 4) return message;
  return message.split(value).join('<redacted>');
}
