import { Module } from '@nestjs/common';
import { CheckInCompletions } from './check-in-completions';
import { OutboxRelay } from './outbox.relay';

/** The outbox relay (one per process) and the writers that feed it. */
@Module({
  providers: [OutboxRelay, CheckInCompletions],
  exports: [OutboxRelay, CheckInCompletions],
})
export class OutboxModule {}
