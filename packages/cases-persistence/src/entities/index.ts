import { CaseEventRecord } from './case-event-record.entity';
import { CaseRecord } from './case-record.entity';
import { OutboxMessage } from './outbox-message.entity';

export { CaseEventRecord, CaseRecord, OutboxMessage };

export const CASES_ENTITIES = [CaseRecord, CaseEventRecord, OutboxMessage];
