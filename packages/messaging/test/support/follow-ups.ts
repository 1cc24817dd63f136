import { randomUUID } from 'node:crypto';
import { makeEnvelope, supportFollowUps } from '@qorgau/contracts';

/** The production follow-ups contract on a unique test topic. */
export const followUpsOn = (topic: string) => supportFollowUps.withName(topic);

export type FollowUps = ReturnType<typeof followUpsOn>;

const START = Date.UTC(2026, 0, 10, 4, 0, 0);

/** Check-in `number` of officer `officer`'s plan in case-42. */
export function checkInDue(contract: FollowUps, officer: number, number: number) {
  const planId = `support-officer-${officer}-case-42`;
  return makeEnvelope(contract, 'support.check-in.due', {
    eventId: randomUUID(),
    occurredAt: new Date(START + number * 60_000),
    producer: 'workflow-worker',
    subject: planId,
    data: {
      planId,
      personRef: `officer-${officer}`,
      role: officer % 2 === 0 ? 'subject' : 'applicant',
      caseId: 'case-42',
      unitId: 'unit-almaty-3',
      checkInNumber: number,
      dueAt: '2026-01-17',
      offsetDays: 7 * number,
    },
  });
}
