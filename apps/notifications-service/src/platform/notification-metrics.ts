import { Inject, Injectable } from '@nestjs/common';
import { type MessagingMetrics } from '@qorgau/messaging';
import { MetricsService } from '@qorgau/service-kit';

/** Deliveries by channel and status, events by outcome, consumer lag. Labels stay low-cardinality. */
@Injectable()
export class NotificationMetrics {
  private readonly deliveries;
  private readonly events;
  private readonly lag;

  constructor(@Inject(MetricsService) metrics: MetricsService) {
    this.deliveries = metrics.counter(
      'notifications_deliveries_total',
      'Deliveries by channel and resulting status',
      ['channel', 'status'],
    );
    this.events = metrics.counter('notifications_events_total', 'Consumed events by topic and outcome', [
      'topic',
      'outcome',
    ]);
    this.lag = metrics.gauge('notifications_consumer_lag', 'Messages behind the high watermark', [
      'topic',
      'partition',
    ]);
  }

  delivery(channel: string, status: string): void {
    this.deliveries.inc({ channel, status });
  }

  /** Hooks for @qorgau/messaging's consumer; `afterCommit` runs when an event's effects are stored. */
  messaging(afterCommit: () => void): MessagingMetrics {
    return {
      processed: ({ topic }) => {
        this.events.inc({ topic, outcome: 'processed' });
        afterCommit();
      },
      duplicate: ({ topic }) => this.events.inc({ topic, outcome: 'duplicate' }),
      retried: ({ topic }) => this.events.inc({ topic, outcome: 'retried' }),
      deadLettered: ({ topic }) => this.events.inc({ topic, outcome: 'dead-lettered' }),
      consumerLag: ({ topic, partition }, lag) => this.lag.set({ topic, partition: String(partition) }, lag),
    };
  }
}
