import { notifyOnInsertMigration } from '@qorgau/messaging';

/** The e-mail outbox LISTENs here: the consumer's committed deliveries wake it, in any process. */
export const DELIVERIES_CHANNEL = 'notifications_deliveries';

/** NOTIFY at commit after inserts into deliveries, so a new e-mail goes out without waiting for a poll. */
export const EmailWakeUp1796700000000 = notifyOnInsertMigration('EmailWakeUp1796700000000', [
  { table: 'notifications.deliveries', channel: DELIVERIES_CHANNEL },
]);
