/**
 * Development shortcuts (tokens signed with the local dev keys, schema migrations at boot) are allowed only when
 * NODE_ENV says so explicitly: `development` (the local run) or `test` (jest). Anything else, unset included,
 * is treated as production, so a forgotten variable can never open a deployment.
 */
export const DEVELOPMENT_MODES = ['development', 'test'] as const;

export function isDevelopmentMode(nodeEnv: string | undefined): boolean {
  return (DEVELOPMENT_MODES as readonly string[]).includes(nodeEnv ?? '');
}
