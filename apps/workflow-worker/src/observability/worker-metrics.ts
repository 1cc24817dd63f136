import { CASES_SCHEMA } from '@qorgau/cases-persistence';
import { kazakhstanDateOf, overdueClocks, type CaseState } from '@qorgau/domain';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { type DataSource } from 'typeorm';

export interface WorkerMetricsOptions {
  readonly dataSource: DataSource;
  /** Real time: the metric is about the ministry's calendar, not a test's compressed case time. */
  readonly now?: () => Date;
}

/**
 * The worker's own Prometheus registry: process metrics, whether the worker polls, and the overdue legal
 * deadlines of open cases, computed at scrape time from the `cases` projection by the domain's clocks.
 * (Workflow and activity task metrics come from the Temporal SDK's own exporter, see worker-http.ts.)
 */
export function createWorkerMetrics({ dataSource, now = () => new Date() }: WorkerMetricsOptions) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const running = new Gauge({
    name: 'workflow_worker_running',
    help: '1 while the worker polls its task queue, 0 before it starts and once it stops',
    registers: [registry],
  });
  new Gauge<'clock'>({
    name: 'cases_overdue_deadlines',
    help: 'Running legal clocks of open cases whose due day has passed (a missed deadline or a timer that did not fire), by clock',
    labelNames: ['clock'],
    registers: [registry],
    async collect() {
      this.reset();
      const asOf = kazakhstanDateOf(now().toISOString());
      const rows: { state: CaseState }[] = await dataSource.query(
        `SELECT state FROM ${CASES_SCHEMA}."case" WHERE stage <> 'closed'`,
      );
      for (const { state } of rows) {
        for (const [clock, count] of Object.entries(overdueClocks(state, asOf))) this.inc({ clock }, count);
      }
    },
  });
  return { registry, running };
}

export type WorkerMetrics = ReturnType<typeof createWorkerMetrics>;
