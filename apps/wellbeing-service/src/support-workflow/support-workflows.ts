import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { temporalTls, type TemporalTls } from '@qorgau/config';
import { ProblemException } from '@qorgau/service-kit';
import {
  assaultSupportWorkflowId,
  checkInOutcomeSignal,
  consentWithdrawnSignal,
  supportFollowUpWorkflow,
  type CheckInOutcome,
  type SupportFollowUpInput,
} from '@qorgau/workflows';
import {
  Client,
  Connection,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
} from '@temporalio/client';
import { type WellbeingConfig } from '../config';
import { CONFIG } from '../platform/tokens';

/** A signal wellbeing owes a support workflow (kept in the outbox until sent). */
export type SupportWorkflowSignal =
  | { readonly workflowId: string; readonly signal: 'checkInOutcome'; readonly args: CheckInOutcome }
  | {
      readonly workflowId: string;
      readonly signal: 'consentWithdrawn';
      readonly args: Record<string, never>;
    };

export interface AssaultPlanStart {
  readonly planId: string;
  readonly personRef: string;
  readonly incidentRef: string;
  readonly unitId: string;
  readonly startsOn: string;
}

/**
 * The support workflows of plans wellbeing starts itself (assault on duty, no case): the same durable
 * `supportFollowUpWorkflow` as every case-linked plan, on the worker's task queue. Its follow-ups come back
 * as `support.follow-ups.v1` events like any other plan's. Connects lazily, so the service boots while
 * Temporal is down (a start then fails with 503 and nothing is written).
 */
@Injectable()
export class SupportWorkflows implements OnApplicationShutdown {
  private readonly connection: Connection;
  private readonly client: Client;

  constructor(@Inject(CONFIG) private readonly config: WellbeingConfig) {
    this.connection = Connection.lazy({
      address: config.TEMPORAL_ADDRESS,
      ...tlsOption(temporalTls(config)),
    });
    this.client = new Client({ connection: this.connection, namespace: config.TEMPORAL_NAMESPACE });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }

  /**
   * Starts `support-<personRef>-assault-<incidentRef>`; false when one already runs for that incident. With
   * QORGAU_TIME_SCALE ≠ 1 the plan lives on a compressed clock from now (its due days and grace periods).
   */
  async startAssault(plan: AssaultPlanStart): Promise<boolean> {
    const scale = this.config.QORGAU_TIME_SCALE;
    const input: SupportFollowUpInput = {
      planId: plan.planId,
      personRef: plan.personRef,
      role: 'assaulted-officer',
      caseId: null,
      unitId: plan.unitId,
      startsOn: plan.startsOn,
      offsetsDays: this.config.SUPPORT_CHECK_IN_OFFSETS,
      graceDays: this.config.SUPPORT_GRACE_DAYS,
      // The origin is where the compressed and the real timeline meet: real now, whatever the service clock says.
      ...(scale === 1 ? {} : { clock: { origin: Date.now(), scale } }),
    };
    try {
      await this.client.workflow.start(supportFollowUpWorkflow, {
        workflowId: assaultSupportWorkflowId(plan.personRef, plan.incidentRef),
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [input],
      });
      return true;
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return false;
      throw new ProblemException({
        code: 'WORKFLOW_UNAVAILABLE',
        status: 503,
        detail: `The support workflow could not be started (${String(error).slice(0, 200)})`,
      });
    }
  }

  /** 'signalled', or 'no-workflow' when none runs under that id (ended, or a plan from before workflows). */
  async signal(signal: SupportWorkflowSignal): Promise<'signalled' | 'no-workflow'> {
    const handle = this.client.workflow.getHandle(signal.workflowId);
    try {
      if (signal.signal === 'checkInOutcome') await handle.signal(checkInOutcomeSignal, signal.args);
      else await handle.signal(consentWithdrawnSignal, {});
      return 'signalled';
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return 'no-workflow';
      throw error;
    }
  }
}

const tlsOption = (tls: TemporalTls | undefined): { tls?: TemporalTls } => (tls ? { tls } : {});
