// One command, one trace: a head reports a case over HTTP and the applicant is told by e-mail. The trace in a real
// Jaeger (devstack builds it from the Go module proxy) holds every hop, asked for through Jaeger's query API:
// the HTTP request → the Temporal update (client and workflow) → the activity that records the transition and its
// outbox row → the relay's Kafka publish → notifications-service's consumer → the SMTP delivery.
import { readFileSync } from 'node:fs';
import { TOPICS } from '@qorgau/contracts';
import { seedReport } from '@qorgau/local-system';
import { addDays, kazakhstanToday } from './support/case-events';
import { SCENARIO_TIMEOUT_MS, useSystem } from './support/system';

const e2e = useSystem('tracing', { jaeger: true });

/** Jaeger's query API (v1 JSON): a trace is its spans plus the processes (services) they came from. */
interface JaegerSpan {
  readonly traceID: string;
  readonly spanID: string;
  readonly operationName: string;
  readonly processID: string;
  readonly references: readonly { refType: string; spanID: string }[];
}
interface JaegerTrace {
  readonly traceID: string;
  readonly spans: readonly JaegerSpan[];
  readonly processes: Record<string, { serviceName: string }>;
}

/** "service: operation" of every span, and each span's parent the same way (undefined for the root). */
function hops(trace: JaegerTrace): { name: string; parent: string | undefined }[] {
  const named = (span: JaegerSpan) =>
    `${trace.processes[span.processID]?.serviceName}: ${span.operationName}`;
  const byId = new Map(trace.spans.map((span) => [span.spanID, span]));
  return trace.spans.map((span) => {
    const parent = span.references.find((ref) => ref.refType === 'CHILD_OF');
    const parentSpan = parent ? byId.get(parent.spanID) : undefined;
    return { name: named(span), parent: parentSpan ? named(parentSpan) : undefined };
  });
}

const EMAIL = 'officer-a@mvd.example.kz';

describe('one OpenTelemetry trace per command, found in Jaeger', () => {
  it(
    'follows a reported case from the HTTP request to the e-mail that tells the applicant',
    async () => {
      const jaeger = e2e.system.urls.jaeger!;
      await e2e.as('officer-a').put('notifications', '/preferences/me', {
        locale: 'en',
        email: EMAIL,
        channels: ['inbox', 'email'],
      });
      const today = kazakhstanToday();
      // The seed's report (the same one the demo and the walk file): its applicant is e-mailed.
      const reported = await e2e
        .as('head-1')
        .post<{ caseId: string }>('cases', '/cases', seedReport(today, addDays(today, -1)));
      expect(reported.status).toBe(201);

      // The e-mail really went out (the local SMTP capture received it)...
      const captured = e2e.system.smtp.captureFile!;
      await e2e.until('the e-mail to the applicant', async () =>
        readFileSync(captured, 'utf8').includes(EMAIL) ? true : undefined,
      );

      // ...and its delivery span is in Jaeger, in the same trace as the HTTP command.
      const topic = TOPICS.caseEvents;
      const expected = [
        'cases-service: UpdateWithStartWorkflow:execute',
        'workflow-worker: HandleUpdate:execute',
        'workflow-worker: RunActivity:recordTransition',
        `cases-service: send ${topic}`,
        `notifications-service: process ${topic}`,
        'notifications-service: smtp send',
      ];
      let seen: string[][] = [];
      const trace = await e2e
        .until(
          'a trace in Jaeger with every hop of the command',
          async () => {
            const url = `${jaeger}/api/traces?service=notifications-service&operation=${encodeURIComponent('smtp send')}&limit=20`;
            const found = (await (await fetch(url)).json()) as { data: JaegerTrace[] | null };
            seen = (found.data ?? []).map((candidate) => hops(candidate).map((hop) => hop.name));
            return (found.data ?? []).find((candidate) => {
              const names = new Set(hops(candidate).map((hop) => hop.name));
              return expected.every((name) => names.has(name)) && names.has('cases-service: POST /cases');
            });
          },
          60_000,
        )
        .catch((error: unknown) => {
          // What Jaeger had instead: the spans of each trace that holds an e-mail delivery.
          throw new Error(
            `${String(error)}\ntraces with an e-mail delivery:\n${JSON.stringify(seen, null, 1)}`,
          );
        });

      const spans = hops(trace);
      const parentsOf = (name: string) => spans.filter((hop) => hop.name === name).map((hop) => hop.parent);
      // The HTTP request is the root: the command's trace starts where the head's request came in.
      expect(parentsOf('cases-service: POST /cases')).toEqual([undefined]);
      expect(parentsOf('cases-service: UpdateWithStartWorkflow:execute')).toEqual([
        'cases-service: POST /cases',
      ]);
      expect(parentsOf('workflow-worker: HandleUpdate:execute')).toEqual([
        'cases-service: UpdateWithStartWorkflow:execute',
      ]);
      expect(parentsOf('workflow-worker: StartActivity:recordTransition')).toEqual([
        'workflow-worker: HandleUpdate:execute',
      ]);
      expect(parentsOf('workflow-worker: RunActivity:recordTransition')).toEqual([
        'workflow-worker: StartActivity:recordTransition',
      ]);
      // The relay publishes later, in its own loop: it continues from the context stored with the outbox row.
      expect(parentsOf(`cases-service: send ${topic}`)).toContain(
        'workflow-worker: RunActivity:recordTransition',
      );
      expect(parentsOf(`notifications-service: process ${topic}`)).toContain(`cases-service: send ${topic}`);
      expect(parentsOf('notifications-service: smtp send')).toEqual([
        `notifications-service: process ${topic}`,
      ]);
      process.stdout.write(
        `[e2e] trace ${trace.traceID}: ${trace.spans.length} spans, ${jaeger}/trace/${trace.traceID}\n` +
          spans.map((hop) => `  ${hop.name}  <-  ${hop.parent ?? '(root)'}\n`).join(''),
      );
    },
    SCENARIO_TIMEOUT_MS,
  );
});
