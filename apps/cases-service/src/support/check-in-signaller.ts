import { Inject, Injectable, Logger } from '@nestjs/common';
import { type EventOf, type wellbeingCheckIns } from '@qorgau/contracts';
import { checkInOutcomeSignal, supportWorkflowId } from '@qorgau/workflows';
import { WorkflowNotFoundError } from '@temporalio/client';
import { TemporalClientProvider } from '../platform/temporal-client.provider';

export type CheckInCompleted = EventOf<typeof wellbeingCheckIns, 'wellbeing.check-in.completed'>;

/**
 * Tells `support-<personRef>-<caseId>` that check-in N was answered or held. The outcome is the neutral
 * `completed`: wellbeing sends no content, and a worrying answer reaches the head only through wellbeing's
 * own concern signal. The workflow keeps the first outcome of a check-in, so a redelivered event is harmless.
 */
@Injectable()
export class CheckInSignaller {
  private readonly logger = new Logger(CheckInSignaller.name);

  constructor(@Inject(TemporalClientProvider) private readonly temporal: TemporalClientProvider) {}

  /** 'signalled', or 'no-workflow' when none runs under that id (finished, or never started): nothing to retry. */
  async signal(event: CheckInCompleted): Promise<'signalled' | 'no-workflow'> {
    const { caseId, personRef, checkInNumber } = event.data;
    const workflowId = supportWorkflowId(personRef, caseId);
    try {
      await this.temporal.client.workflow
        .getHandle(workflowId)
        .signal(checkInOutcomeSignal, { checkInNumber, outcome: 'completed' });
      this.logger.log({ eventId: event.eventId, workflowId, checkInNumber, msg: 'check-in signalled' });
      return 'signalled';
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
      this.logger.warn({
        eventId: event.eventId,
        workflowId,
        checkInNumber,
        msg: 'no running support workflow for a completed check-in; skipped',
      });
      return 'no-workflow';
    }
  }
}
