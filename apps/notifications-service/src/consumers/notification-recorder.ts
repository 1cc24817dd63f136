import { Inject, Injectable } from '@nestjs/common';
import { type ConcernRaisedData, type SupportCheckInData } from '@qorgau/contracts';
import { type EntityManager } from 'typeorm';
import { type NotificationsConfig } from '../config';
import { NotificationMetrics } from '../platform/notification-metrics';
import { CaseRecipientsRepository } from '../repositories/case-recipients.repository';
import { DeliveriesRepository, type EventOrigin } from '../repositories/deliveries.repository';
import { PreferencesRepository, type Preference } from '../repositories/preferences.repository';
import { WellbeingStaffRepository } from '../repositories/wellbeing-staff.repository';
import { type NotificationIntent } from '../routing/intent';
import { applyProjection, projectCaseEvent } from '../routing/project-case-event';
import { type CaseEvent } from '../routing/case-event';
import { routeCaseEvent } from '../routing/route-case-event';
import { routeConcern } from '../routing/route-concern';
import { routeFollowUp } from '../routing/route-follow-up';
import { CONFIG } from '../platform/tokens';

interface ConsumedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly data: unknown;
}

/**
 * Turns one consumed event into stored notifications and deliveries, inside the transaction that also marks
 * the event processed: the projection update, the routing and every row commit together or not at all.
 */
@Injectable()
export class NotificationRecorder {
  constructor(
    @Inject(CONFIG) private readonly config: NotificationsConfig,
    @Inject(CaseRecipientsRepository) private readonly recipients: CaseRecipientsRepository,
    @Inject(WellbeingStaffRepository) private readonly staff: WellbeingStaffRepository,
    @Inject(PreferencesRepository) private readonly preferences: PreferencesRepository,
    @Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository,
    @Inject(NotificationMetrics) private readonly metrics: NotificationMetrics,
  ) {}

  async caseEvent(manager: EntityManager, event: CaseEvent): Promise<void> {
    const { caseId } = event.data;
    const change = projectCaseEvent(event);
    const current = await this.recipients.forCase(manager, caseId);
    await this.recipients.apply(manager, caseId, change);
    const intents = routeCaseEvent(event, applyProjection(current, change));
    await this.record(manager, { eventId: event.eventId, caseId, occurredAt: event.occurredAt }, intents);
  }

  async followUp(
    manager: EntityManager,
    event: ConsumedEvent & { data: SupportCheckInData | Record<string, unknown> },
  ): Promise<void> {
    const data = event.data as Partial<SupportCheckInData>;
    if (!data.unitId) return;
    const staff = await this.staff.staffOf(manager, data.unitId);
    const caseRecipients = data.caseId ? await this.recipients.forCase(manager, data.caseId) : [];
    const intents = routeFollowUp(event.type, event.data, staff, caseRecipients);
    // No caseId on wellbeing notifications: the follow-up is about the person, not the disciplinary case.
    await this.record(
      manager,
      { eventId: event.eventId, caseId: null, occurredAt: event.occurredAt },
      intents,
    );
  }

  /**
   * The wall's one crossing: "a concern was raised on case X", to the case's ordering head(s) from the recipients
   * projection and nobody else. The category and time are dropped here; only the case id is stored.
   */
  async concern(manager: EntityManager, event: ConsumedEvent & { data: ConcernRaisedData }): Promise<void> {
    const { caseId } = event.data;
    const intents = routeConcern(event.type, event.data, await this.recipients.forCase(manager, caseId));
    await this.record(manager, { eventId: event.eventId, caseId, occurredAt: event.occurredAt }, intents);
  }

  private async record(
    manager: EntityManager,
    origin: EventOrigin,
    intents: readonly NotificationIntent[],
  ): Promise<void> {
    for (const intent of intents) {
      const preference = (await this.preferences.find(intent.recipientRef, manager)) ?? this.defaults();
      const created = await this.deliveries.record(manager, origin, intent, preference);
      for (const { channel, status } of created) this.metrics.delivery(channel, status);
    }
  }

  private defaults(): Preference {
    return { locale: this.config.DEFAULT_LOCALE, email: null, channels: ['inbox'] };
  }
}
