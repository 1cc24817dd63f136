import { Inject, Injectable } from '@nestjs/common';
import { traceHeaders } from '@qorgau/tracing';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { DeliveryEntity, type Channel, type DeliveryStatus } from '../db/entities/delivery.entity';
import { NotificationEntity } from '../db/entities/notification.entity';
import { type NotificationIntent } from '../routing/intent';
import { DATA_SOURCE } from '../platform/tokens';
import { type Preference } from './preferences.repository';

export interface EventOrigin {
  readonly eventId: string;
  readonly caseId: string | null;
  readonly occurredAt: string;
}

export interface InboxRow {
  readonly id: string;
  readonly template: string;
  readonly params: Record<string, string | number>;
  readonly caseId: string | null;
  readonly createdAt: Date;
  readonly readAt: Date | null;
}

export interface DueEmail {
  readonly id: string;
  readonly address: string;
  readonly locale: string;
  readonly attempts: number;
  readonly template: string;
  readonly params: Record<string, string | number>;
  /** The trace of the event that caused it, to continue when sending. */
  readonly traceContext: Record<string, string> | null;
}

/** Notifications and their per-channel deliveries: the inbox, and the e-mail outbox. */
@Injectable()
export class DeliveriesRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /**
   * Stores one notification and a delivery per chosen channel, in the consumer's transaction. Returns the
   * channels created; none when this event already told this person this message.
   */
  async record(
    manager: EntityManager,
    origin: EventOrigin,
    intent: NotificationIntent,
    preference: Preference,
  ): Promise<{ channel: Channel; status: DeliveryStatus }[]> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values({
        eventId: origin.eventId,
        recipientRef: intent.recipientRef,
        template: intent.template,
        params: { ...intent.params },
        caseId: origin.caseId,
        occurredAt: new Date(origin.occurredAt),
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const notificationId = (inserted.raw as { id: string }[])[0]?.id;
    if (!notificationId) return [];
    const now = new Date();
    const deliveries: Partial<DeliveryEntity>[] = [];
    if (preference.channels.includes('inbox')) {
      deliveries.push({ channel: 'inbox', status: 'sent', attempts: 1, sentAt: now });
    }
    if (preference.channels.includes('email') && preference.email) {
      // Sent later by another loop (EmailOutbox): it continues the consumer's trace from here.
      const traceContext = traceHeaders();
      deliveries.push({
        channel: 'email',
        status: 'pending',
        attempts: 0,
        address: preference.email,
        ...(traceContext.traceparent ? { traceContext } : {}),
      });
    }
    if (deliveries.length === 0) return [];
    await manager.insert(
      DeliveryEntity,
      deliveries.map((d) => ({
        ...d,
        notificationId,
        recipientRef: intent.recipientRef,
        locale: preference.locale,
        nextAttemptAt: now,
      })),
    );
    return deliveries.map((d) => ({ channel: d.channel!, status: d.status! }));
  }

  async inbox(
    personRef: string,
    offset: number,
    limit: number,
  ): Promise<{ rows: InboxRow[]; total: number }> {
    const query = this.dataSource
      .createQueryBuilder(DeliveryEntity, 'd')
      .innerJoin(NotificationEntity, 'n', 'n.id = d.notification_id')
      .where('d.recipient_ref = :personRef AND d.channel = :channel', { personRef, channel: 'inbox' });
    const [total, raw] = await Promise.all([
      query.clone().getCount(),
      query
        .clone()
        .select(['d.id AS id', 'n.template AS template', 'n.params AS params', 'n.case_id AS case_id'])
        .addSelect(['d.created_at AS created_at', 'd.read_at AS read_at'])
        .orderBy('d.created_at', 'DESC')
        .addOrderBy('d.id', 'DESC')
        .offset(offset)
        .limit(limit)
        .getRawMany<{
          id: string;
          template: string;
          params: Record<string, string | number>;
          case_id: string | null;
          created_at: Date;
          read_at: Date | null;
        }>(),
    ]);
    return {
      total,
      rows: raw.map((r) => ({
        id: r.id,
        template: r.template,
        params: r.params,
        caseId: r.case_id,
        createdAt: r.created_at,
        readAt: r.read_at,
      })),
    };
  }

  unreadCount(personRef: string): Promise<number> {
    return this.dataSource.manager.count(DeliveryEntity, {
      where: { recipientRef: personRef, channel: 'inbox', readAt: IsNull() },
    });
  }

  /** Marks the person's own inbox item read; false if there is no such item of theirs. */
  async markRead(personRef: string, id: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `UPDATE notifications.deliveries SET read_at = COALESCE(read_at, now())
       WHERE id = $1 AND recipient_ref = $2 AND channel = 'inbox' RETURNING id`,
      [id, personRef],
    )) as [unknown[], number];
    return rows[0].length > 0;
  }

  /**
   * Leases up to `limit` due e-mails (attempts + 1, locked for `leaseMs`) so concurrent senders never take
   * the same one. A sender that dies keeps its lease until it expires; then the e-mail is due again.
   */
  async claimDueEmails(limit: number, leaseMs: number): Promise<DueEmail[]> {
    const [rows] = (await this.dataSource.query(
      `UPDATE notifications.deliveries d
          SET attempts = d.attempts + 1, locked_until = now() + make_interval(secs => $2::double precision / 1000)
         FROM notifications.notifications n
        WHERE n.id = d.notification_id
          AND d.id IN (SELECT id FROM notifications.deliveries
                        WHERE channel = 'email' AND status = 'pending' AND next_attempt_at <= now()
                          AND (locked_until IS NULL OR locked_until < now())
                        ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
      RETURNING d.id, d.address, d.locale, d.attempts, n.template, n.params, d.trace_context AS "traceContext"`,
      [limit, leaseMs],
    )) as [DueEmail[], number];
    return rows;
  }

  /** At most one successful send is ever recorded: only a pending delivery turns sent. */
  async markSent(id: string): Promise<boolean> {
    const [rows] = (await this.dataSource.query(
      `UPDATE notifications.deliveries SET status = 'sent', sent_at = now(), locked_until = NULL, last_error = NULL
        WHERE id = $1 AND status = 'pending' RETURNING id`,
      [id],
    )) as [unknown[], number];
    return rows.length > 0;
  }

  /** Schedules another attempt after `retryInMs`, or gives up (`failed`) when the attempts are used up. */
  async markAttemptFailed(
    id: string,
    error: string,
    maxAttempts: number,
    retryInMs: number,
  ): Promise<DeliveryStatus> {
    const [rows] = (await this.dataSource.query(
      `UPDATE notifications.deliveries
          SET status = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'pending' END,
              next_attempt_at = now() + make_interval(secs => $4::double precision / 1000),
              locked_until = NULL, last_error = $2
        WHERE id = $1 AND status = 'pending' RETURNING status`,
      [id, error.slice(0, 1000), maxAttempts, retryInMs],
    )) as [{ status: DeliveryStatus }[], number];
    return rows[0]?.status ?? 'sent';
  }
}
