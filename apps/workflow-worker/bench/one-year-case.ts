import { daysBetween } from '@qorgau/domain';
import { CaseDriver, HEAD, INVESTIGATOR, startHarness, subject } from '../test/support/harness';
import { B_PROTECTION_ACT, FINDINGS, IDENTICAL, JUSTIFICATION, seedReport } from '../test/support/seed';

/**
 * One year of the seed's case on the real test server with time skipping and real activities on PostgreSQL:
 * report → investigation with a Protection Act → conclusion → order → support check-ins for both officers →
 * penalty expiry (month 7, closes the case).
 * Prints the wall time of the simulated year (server start excluded). Run: `pnpm bench` (starts its own stack).
 */
async function main(): Promise<void> {
  const h = await startHarness(`wf_bench_${Date.now()}`, {
    workflowBundlePath: process.env.WORKFLOW_BUNDLE_PATH,
  });
  try {
    const wall = Date.now();
    const c = await new CaseDriver(h, `bench-${Date.now()}`).start();
    const day0 = await c.today();
    await c.exec(seedReport(day0), { ref: 'reg-1', role: 'registrar' });
    await c.exec({ type: 'RequestExplanations' });
    await c.exec({ type: 'RecordExplanation', personRef: 'officer-a', kind: 'denial', documentRef: 'doc-a' });
    await c.exec({ type: 'RecordExplanation', personRef: 'officer-b', kind: 'denial', documentRef: 'doc-b' });
    await c.exec({ type: 'OrderInvestigation', orderedBy: 'head-1', investigatorRef: 'inv-1' });
    await c.exec(
      { type: 'FileProtectionAct', personRef: 'officer-b', items: B_PROTECTION_ACT },
      subject('officer-b'),
    );
    for (const item of B_PROTECTION_ACT)
      await c.exec(
        {
          type: 'AnswerProtectionActItem',
          personRef: 'officer-b',
          itemId: item.id,
          decision: 'granted',
          reason: 'Considered in the conclusion',
          answeredBy: 'inv-1',
        },
        INVESTIGATOR,
      );
    if (process.env.BENCH_VERBOSE) console.log('investigation running', (Date.now() - wall) / 1000);
    await c.advanceDays(20);
    await c.exec(
      {
        type: 'SubmitConclusion',
        findings: FINDINGS,
        proposals: IDENTICAL,
        circumstances: [],
        protectionActReferences: { 'officer-a': [], 'officer-b': B_PROTECTION_ACT.map((i) => i.id) },
        symmetricSanctionJustification: JUSTIFICATION,
      },
      INVESTIGATOR,
    );
    await c.exec({ type: 'ApproveConclusion', approvedBy: 'head-1' });
    await c.exec(
      { type: 'RecordFamiliarization', personRef: 'officer-a', outcome: 'signed' },
      subject('officer-a'),
    );
    await c.exec(
      { type: 'RecordFamiliarization', personRef: 'officer-b', outcome: 'signed' },
      subject('officer-b'),
    );
    await c.exec({
      type: 'IssueOrder',
      issuedBy: 'head-1',
      basis: 'investigation',
      penalties: IDENTICAL,
      symmetricSanctionJustification: JUSTIFICATION,
    });
    await c.exec({ type: 'RecordOrderAnnouncement', personRef: 'officer-a', outcome: 'signed' }, HEAD);
    await c.exec({ type: 'RecordOrderAnnouncement', personRef: 'officer-b', outcome: 'signed' }, HEAD);
    if (process.env.BENCH_VERBOSE) console.log('order announced', (Date.now() - wall) / 1000);
    const expiresOn = (await c.view()).state.penalties[0]!.expiresOn;
    await c.advanceTo(expiresOn);
    if (process.env.BENCH_VERBOSE) console.log('expiry day', (Date.now() - wall) / 1000);
    const result = await c.handle.result();
    const seconds = (Date.now() - wall) / 1000;
    // Sleeping on after every workflow has completed hangs the Java test server's time skipping, so the figure is
    // report → closure (penalty expiry, ~7 months) with the 180-day support plans running alongside.
    const simulatedDays = daysBetween(day0, await c.today());
    const notices = (await h.dataSource.query(`SELECT count(*)::int AS n FROM cases.outbox`)) as {
      n: number;
    }[];
    console.log(
      `case lifecycle: ${seconds.toFixed(2)} s wall for ${simulatedDays} simulated days ` +
        `(stage ${result.state.stage}, ${result.version} events, ${notices[0]?.n} outbox messages)`,
    );
  } finally {
    await h.teardown();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
