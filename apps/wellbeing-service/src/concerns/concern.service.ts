import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { makeEnvelope, wellbeingConcerns, type ConcernCategory } from '@qorgau/contracts';
import { ProblemException } from '@qorgau/service-kit';
import { type DataSource } from 'typeorm';
import { type WellbeingConfig } from '../config';
import { ConcernEntity, OutboxMessageEntity, SupportPlanEntity } from '../db/entities';
import { type Clock } from '../platform/clock';
import { CLOCK, CONFIG, DATA_SOURCE } from '../platform/tokens';
import { OutboxRelay } from '../outbox/outbox.relay';

export interface ConcernRequest {
  readonly caseId: string;
  readonly category: ConcernCategory;
  readonly content: string;
}

/**
 * The confidential channel. The content stays in `wellbeing.concerns`; the only thing written for the
 * outside is the strict `wellbeing.concern.raised` event (case id, category, time), through the outbox in
 * the same transaction, so the signal exists exactly when the concern does.
 */
@Injectable()
export class ConcernService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(CONFIG) private readonly config: WellbeingConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async raise(personRef: string, request: ConcernRequest) {
    const raisedAt = this.clock.now();
    const concern = await this.dataSource.transaction(async (manager) => {
      // Only someone with a support plan from that case (so: involved, and the case decided) may raise one.
      const involved = await manager
        .getRepository(SupportPlanEntity)
        .existsBy({ personRef, caseId: request.caseId });
      if (!involved) {
        throw new ProblemException({
          code: 'NOT_FOUND',
          status: 404,
          detail: 'No closed case of yours with this id',
        });
      }
      const row = { id: randomUUID(), personRef, ...request, raisedAt };
      await manager.getRepository(ConcernEntity).insert(row);
      const contract = wellbeingConcerns.withName(this.config.CONCERNS_TOPIC);
      const event = makeEnvelope(contract, 'wellbeing.concern.raised', {
        eventId: randomUUID(),
        occurredAt: raisedAt,
        producer: 'wellbeing-service',
        subject: request.caseId,
        data: { caseId: request.caseId, category: request.category, raisedAt: raisedAt.toISOString() },
      });
      await manager.getRepository(OutboxMessageEntity).insert({
        id: event.eventId,
        topic: contract.name,
        envelope: { ...event },
        createdAt: raisedAt,
        publishedAt: null,
        attempts: 0,
        lastError: null,
      });
      return row;
    });
    this.relay.nudge();
    return { id: concern.id, caseId: concern.caseId, category: concern.category, raisedAt };
  }

  ofPerson(personRef: string) {
    return this.dataSource
      .getRepository(ConcernEntity)
      .find({ where: { personRef }, order: { raisedAt: 'DESC' }, take: 100 });
  }

  all() {
    return this.dataSource.getRepository(ConcernEntity).find({ order: { raisedAt: 'DESC' }, take: 200 });
  }
}
