import { notifyOnInsertMigration } from '@qorgau/messaging';

/** The relays (Kafka events and workflow signals, both drained from the outbox) wake on its inserts. */
export const OUTBOX_CHANNEL = 'wellbeing_outbox';
/** The due check-in scheduler wakes when a plan's check-ins are scheduled. */
export const SCHEDULED_CHECK_INS_CHANNEL = 'wellbeing_scheduled_check_ins';

/** NOTIFY at commit after inserts another connection makes, so the loops need not wait for their poll. */
export const LoopWakeUps1763930000000 = notifyOnInsertMigration('LoopWakeUps1763930000000', [
  { table: 'wellbeing.outbox', channel: OUTBOX_CHANNEL },
  { table: 'wellbeing.scheduled_check_ins', channel: SCHEDULED_CHECK_INS_CHANNEL },
]);
