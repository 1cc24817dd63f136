import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { makeEnvelope, wellbeingCheckIns } from '@qorgau/contracts';
import { type EntityManager } from 'typeorm';
import { type WellbeingConfig } from '../config';
import { OutboxMessageEntity } from '../db/entities';
import { CONFIG } from '../platform/tokens';
import { OutboxRelay } from './outbox.relay';

/** The check-in a completion is about: only case-linked plans have a support workflow waiting for it. */
export interface CompletedCheckIn {
  readonly planId: string;
  readonly personRef: string;
  readonly caseId: string | null;
  readonly checkInNumber: number | null;
}

/**
 * The one id of "check-in N of plan P was completed" (a name-based UUID, version 5 layout): however many
 * times the officer submits or staff log contacts, the outbox holds one row for it, and a consumer that
 * sees it twice deduplicates by eventId.
 */
export function completionEventId(planId: string, checkInNumber: number): string {
  const hash = createHash('sha1').update(`wellbeing.check-in.completed\u0000${planId}\u0000${checkInNumber}`);
  const bytes = hash.digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Writes `wellbeing.check-in.completed` (case, person, check-in number, time: nothing else, the contract is
 * strict) into the outbox in the caller's transaction, once per check-in. It tells the support workflow
 * that the check-in was answered or held, so it does not count as missed; what was answered never leaves
 * wellbeing (a worrying answer reaches the head only as the concern signal).
 */
@Injectable()
export class CheckInCompletions {
  constructor(
    @Inject(CONFIG) private readonly config: WellbeingConfig,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
  ) {}

  /** True when this call wrote the event; false for a plan without case or a check-in already completed. */
  async record(manager: EntityManager, checkIn: CompletedCheckIn, completedAt: Date): Promise<boolean> {
    const { caseId, checkInNumber } = checkIn;
    if (caseId === null || checkInNumber === null) return false;
    const contract = wellbeingCheckIns.withName(this.config.CHECK_INS_TOPIC);
    const event = makeEnvelope(contract, 'wellbeing.check-in.completed', {
      eventId: completionEventId(checkIn.planId, checkInNumber),
      occurredAt: completedAt,
      producer: 'wellbeing-service',
      subject: caseId,
      data: { caseId, personRef: checkIn.personRef, checkInNumber, completedAt: completedAt.toISOString() },
    });
    const outbox = manager.getRepository(OutboxMessageEntity);
    if (await outbox.existsBy({ id: event.eventId })) return false;
    // A concurrent writer of the same check-in loses quietly: the row is the same event.
    await outbox
      .createQueryBuilder()
      .insert()
      .values({
        id: event.eventId,
        topic: contract.name,
        envelope: { ...event },
        createdAt: completedAt,
        publishedAt: null,
        attempts: 0,
        lastError: null,
      })
      .orIgnore()
      .execute();
    return true;
  }

  /** Call after the transaction committed, so the event is not a poll interval late. */
  nudge(): void {
    this.relay.nudge();
  }
}
