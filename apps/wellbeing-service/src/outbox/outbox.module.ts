import { Module } from '@nestjs/common';
import { SupportWorkflows } from '../support-workflow/support-workflows';
import { WorkflowSignalRelay } from '../support-workflow/workflow-signal.relay';
import { OutboxRelay } from './outbox.relay';
import { SupportSignals } from './support-signals';

/**
 * The outbox relays (one each per process: Kafka events, and signals to wellbeing's own support workflows)
 * and the writers that feed them.
 */
@Module({
  providers: [OutboxRelay, WorkflowSignalRelay, SupportWorkflows, SupportSignals],
  exports: [OutboxRelay, SupportSignals, SupportWorkflows],
})
export class OutboxModule {}
