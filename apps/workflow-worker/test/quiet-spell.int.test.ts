import { CaseDriver, latenessReport, startHarness, type Harness } from './support/harness';

/**
 * A case's loop plans on the instant of the last timer that fired, never on `Date.now()` alone (time-on-timers.ts).
 * After a quiet spell (here ten days without a timer: the next reminder is weeks away) a command must move that floor
 * to its own recorded instant. Without that, a pause started today (a provisional clock, re-planned every Kazakhstan
 * midnight) was planned as of ten days ago, before the pause began: the loop slept to the reminder 18.6 days away
 * instead of waking at midnight (measured with the patch switched off).
 */
describe('a command after a quiet spell plans from its own instant', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('wf_quiet_spell');
  });
  afterAll(() => h?.teardown());

  it('a pause started ten quiet days after the report sets one timer, to the end of its own day', async () => {
    const c = await new CaseDriver(h, 'quiet-1').start();
    await c.exec(latenessReport(await c.today()), { ref: 'reg-1', role: 'registrar' });
    await c.advanceDays(10);
    await c.exec({ type: 'StartClockPause', pauseId: 'p-1', cause: 'expertise' });
    // Real time for a catch-up chain of 1 ms timers to show, were there one.
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    const events = (await c.handle.fetchHistory()).events ?? [];
    // The pause is the case's last command: its update's completion.
    const completions = events.flatMap((e, i) =>
      e.workflowExecutionUpdateCompletedEventAttributes ? [i] : [],
    );
    const pause = completions[completions.length - 1] ?? -1;
    expect(pause).toBeGreaterThan(0);
    const timers = events
      .slice(pause)
      .flatMap((e) => (e.timerStartedEventAttributes ? [e.timerStartedEventAttributes] : []))
      .map((t) => Number(t.startToFireTimeout?.seconds ?? 0));
    expect(timers).toHaveLength(1);
    // To the coming midnight in Kazakhstan: the driver's day is at 10:00 there, so 14 hours away.
    expect(timers[0]).toBeGreaterThan(13 * 3600);
    expect(timers[0]).toBeLessThanOrEqual(14 * 3600);
  });
});
