import { Module } from '@nestjs/common';
import { SupportSignals } from './support-signals';
import { OutboxRelay } from './outbox.relay';

/** The outbox relay (one per process) and the writers that feed it. */
@Module({
  providers: [OutboxRelay, SupportSignals],
  exports: [OutboxRelay, SupportSignals],
})
export class OutboxModule {}
