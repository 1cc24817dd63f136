import { currentTracing, legacySpanProcessor } from '@qorgau/tracing';
import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
} from '@temporalio/interceptors-opentelemetry';
import type { WorkerOptions } from '@temporalio/worker';

/** Temporal's OpenTelemetry workflow interceptors: bundled into the workflow code (scripts/bundle.ts). */
export const WORKFLOW_INTERCEPTOR_MODULES = [
  require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors'),
];

/**
 * The worker's side of the trace: activities continue the context the workflow put in their headers, and the
 * spans the workflow code makes (update handling, activity scheduling) leave the sandbox through the
 * `exporter` sink to this process's exporter. Without tracing, the sink drops them.
 */
export function workerTracingOptions({
  prebuiltBundle,
}: {
  /** The bundle has the workflow interceptors already (scripts/bundle.ts); a workflowsPath build adds them. */
  prebuiltBundle: boolean;
}): Pick<WorkerOptions, 'interceptors' | 'sinks'> {
  const tracing = currentTracing();
  return {
    interceptors: {
      ...(prebuiltBundle ? {} : { workflowModules: WORKFLOW_INTERCEPTOR_MODULES }),
      activity: [
        (ctx) => ({
          inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
          outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
        }),
      ],
    },
    sinks: {
      // Temporal 1.24 builds workflow spans with OpenTelemetry SDK 1.x; the processor converts them.
      exporter: makeWorkflowExporter(
        legacySpanProcessor(tracing.spanProcessor) as never,
        (tracing.resource ?? { attributes: {} }) as never,
      ),
    },
  };
}
