import { randomUUID } from 'node:crypto';
import { makeEnvelope, type supportFollowUps, type EventTypeOf } from '@qorgau/contracts';

export type FollowUps = ReturnType<typeof supportFollowUps.withName>;

/** A follow-up of officer `officer`'s plan in `caseId`, as the workflow worker publishes it. */
export function followUp(
  contract: FollowUps,
  type: EventTypeOf<typeof supportFollowUps>,
  officer: string,
  checkInNumber = 1,
  { caseId = 'case-42', unitId = 'unit-almaty-3' } = {},
) {
  const planId = `support-${officer}-${caseId}`;
  const plan = { planId, personRef: officer, role: 'applicant' as const, caseId, unitId };
  const data =
    type === 'support.check-in.due' || type === 'support.check-in.missed'
      ? { ...plan, checkInNumber, dueAt: '2026-01-17', offsetDays: 7 * checkInNumber }
      : plan;
  return makeEnvelope(contract, type, {
    eventId: randomUUID(),
    occurredAt: new Date(),
    producer: 'workflow-worker',
    subject: planId,
    data: data as never,
  });
}
