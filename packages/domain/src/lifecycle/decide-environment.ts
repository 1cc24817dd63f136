import { reason } from '../errors/reasons';
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
  if (!filled(c.to)) return invalid('MIGRATION_TARGET_MISSING');
  if (c.from === c.to) return invalid(reason('ALREADY_ON_ENVIRONMENT', { to: c.to }));
  if (!filled(c.reason)) return invalid('MIGRATION_REASON_MISSING');
  if (!filled(c.migratedBy)) return invalid('MIGRATED_BY_MISSING');
  return accept({
    type: 'DecisionEnvironmentMigrated',
    ...ctx.meta,
    from: c.from,
    to: c.to,
    reason: c.reason.trim(),
    migratedBy: c.migratedBy,
  });
}
