import type { CommandOf } from './commands';
import { accept, filled, invalid, type Decision, type DecisionContext } from './context';

/**
 * A running case changes decision environment only by this reasoned, attributed act (the workflow swaps the
 * environment once the event is recorded). Later decisions use the new policy and calendar; what was decided
 * stays as decided.
 */
export function migrateDecisionEnvironment(
  ctx: DecisionContext,
  c: CommandOf<'MigrateDecisionEnvironment'>,
): Decision {
  if (!filled(c.to)) return invalid('name the environment version to migrate to');
  if (c.from === c.to) return invalid(`the case already runs on ${c.to}`);
  if (!filled(c.reason)) return invalid('a migration needs a written reason');
  if (!filled(c.migratedBy)) return invalid('name who migrates the case');
  return accept({
    type: 'DecisionEnvironmentMigrated',
    ...ctx.meta,
    from: c.from,
    to: c.to,
    reason: c.reason.trim(),
    migratedBy: c.migratedBy,
  });
}
