import { notifyOnInsertMigration } from '@qorgau/messaging';

/** Channel the outbox relay LISTENs on: the worker's and the service's writes wake it at commit. */
export const OUTBOX_CHANNEL = 'cases_outbox';

/** NOTIFY after every insert into cases.outbox (delivered at commit), instead of waiting for a poll. */
export const OutboxNotify1796611982366 = notifyOnInsertMigration('OutboxNotify1796611982366', [
  { table: 'cases.outbox', channel: OUTBOX_CHANNEL },
]);
