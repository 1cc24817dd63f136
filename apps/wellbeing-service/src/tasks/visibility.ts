import { type Principal } from '@qorgau/service-kit';
import { type TaskKind } from '../db/entities';

/** HR follow-ups (restoration, workplace measures): the HR inspector's own work. */
export const HR_TASK_KINDS: readonly TaskKind[] = ['restoration-follow-up'];

/**
 * Check-ins and their answers belong to wellbeing staff (psychologists). An HR inspector who is not also
 * wellbeing staff sees HR follow-ups, and a plan's check-ins with their answers only while the officer's
 * recorded consent (`answers-to-hr`) stands.
 */
export const seesAllTasks = (user: Principal): boolean => user.roles.includes('wellbeing-staff');

export function maySeeTask(
  user: Principal,
  task: { readonly kind: TaskKind },
  plan: { readonly answersToHr: boolean } | null,
): boolean {
  if (seesAllTasks(user)) return true;
  return HR_TASK_KINDS.includes(task.kind) || plan?.answersToHr === true;
}
