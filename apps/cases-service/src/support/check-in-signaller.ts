import { Inject, Injectable, Logger } from '@nestjs/common';
import { type EventOf, type wellbeingCheckIns } from '@qorgau/contracts';
import {
  checkInOutcomeSignal,
  consentWithdrawnSignal,
  supportWorkflowId,
  type CheckInOutcome,
} from '@qorgau/workflows';
import { WorkflowNotFoundError } from '@temporalio/client';
import { TemporalClientProvider } from '../platform/temporal-client.provider';

export type WellbeingCheckInEvent = EventOf<typeof wellbeingCheckIns>;

/** The signal an event stands for: a check-in's outcome class, or that the officer withdrew consent. */
export type SupportSignal =
  | { readonly kind: 'outcome'; readonly outcome: CheckInOutcome }
  | { readonly kind: 'consent-withdrawn' };

/**
 * What a wellbeing event asks of the support workflow. `wellbeing.check-in.completed` (v1, superseded, still
 * read for events already on the way) is a `completed` outcome; `wellbeing.check-in.concluded` carries the
 * class (completed, worrying or declined); `wellbeing.consent.withdrawn` stops the plan.
 */
export function supportSignalOf(event: WellbeingCheckInEvent): SupportSignal {
  switch (event.type) {
    case 'wellbeing.check-in.completed':
      return { kind: 'outcome', outcome: { checkInNumber: event.data.checkInNumber, outcome: 'completed' } };
    case 'wellbeing.check-in.concluded':
      return {
        kind: 'outcome',
        outcome: { checkInNumber: event.data.checkInNumber, outcome: event.data.outcome },
      };
    case 'wellbeing.consent.withdrawn':
      return { kind: 'consent-withdrawn' };
  }
}

/**
 * Tells `support-<personRef>-<caseId>` what wellbeing recorded: a check-in's outcome class or a consent
 * withdrawal. Only the class crosses the wall; what was answered stays in wellbeing. The workflow keeps the
 * first outcome of a check-in and treats a second withdrawal as a no-op, so a redelivered event is harmless.
 */
@Injectable()
export class CheckInSignaller {
  private readonly logger = new Logger(CheckInSignaller.name);

  constructor(@Inject(TemporalClientProvider) private readonly temporal: TemporalClientProvider) {}

  /** 'signalled', or 'no-workflow' when none runs under that id (finished, or never started): nothing to retry. */
  async signal(event: WellbeingCheckInEvent): Promise<'signalled' | 'no-workflow'> {
    const { caseId, personRef } = event.data;
    const workflowId = supportWorkflowId(personRef, caseId);
    const signal = supportSignalOf(event);
    const fields = {
      eventId: event.eventId,
      workflowId,
      ...(signal.kind === 'outcome' ? signal.outcome : { consent: 'withdrawn' }),
    };
    try {
      const handle = this.temporal.client.workflow.getHandle(workflowId);
      if (signal.kind === 'outcome') await handle.signal(checkInOutcomeSignal, signal.outcome);
      else await handle.signal(consentWithdrawnSignal, {});
      this.logger.log({ ...fields, msg: 'support workflow signalled' });
      return 'signalled';
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
      this.logger.warn({ ...fields, msg: 'no running support workflow for a wellbeing event; skipped' });
      return 'no-workflow';
    }
  }
}
