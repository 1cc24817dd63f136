import { TransitionRepository } from '@qorgau/cases-persistence';
import { decide, evolve, type CaseCommand, type CaseState } from '@qorgau/domain';
import { executeCaseCommand } from '@qorgau/workflows';
import { CaseDriver, HEAD, latenessReport, startHarness, subject, type Harness } from './support/harness';

const REGISTRAR = { ref: 'reg-1', role: 'registrar' } as const;
const REQUEST_EXPLANATIONS: CaseCommand = { type: 'RequestExplanations' };

/**
 * A case records each transition by a local activity, which commits before the workflow task that ran it completes.
 * When the worker dies in between, the task is retried: the workflow decides the same command again, at another
 * instant, from the version before. Here the lost attempt's commit is written first (as the activity writes it, with
 * its command's key, at an earlier instant), then the command arrives: the workflow must take the recorded events as its
 * own, not refuse with a version conflict (which left a drill's case answering 500 to every later command).
 */
describe('a transition recorded by a lost workflow task is adopted', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('wf_lost_recording');
  });
  afterAll(() => h?.teardown());

  const projection = async (caseId: string) => {
    const [row] = (await h.dataSource.query(`SELECT state, version FROM cases."case" WHERE id = $1`, [
      caseId,
    ])) as { state: CaseState; version: number }[];
    const [{ events }] = (await h.dataSource.query(
      `SELECT count(*)::int AS events FROM cases.case_event WHERE case_id = $1`,
      [caseId],
    )) as [{ events: number }];
    const [{ outbox }] = (await h.dataSource.query(
      `SELECT count(*)::int AS outbox FROM cases.outbox WHERE message_key = $1`,
      [caseId],
    )) as [{ outbox: number }];
    return { ...row!, events, outbox };
  };

  /** Writes what a lost attempt of `commandId` recorded: decided on the stored state 1 ms after its last event. */
  const lostAttempt = async (caseId: string, command: CaseCommand, commandId: string) => {
    const { state, version } = await projection(caseId);
    const [{ last }] = (await h.dataSource.query(
      `SELECT max(occurred_at) AS last FROM cases.case_event WHERE case_id = $1`,
      [caseId],
    )) as [{ last: Date }];
    // Earlier than the retried task's own instant, so its events (and their ids) differ from the retry's.
    const at = new Date(last.getTime() + 1).toISOString();
    const decision = decide(state, command, at);
    if (!decision.ok) throw new Error(`the lost attempt was refused: ${decision.error.code}`);
    await new TransitionRepository(h.dataSource).record({
      caseId,
      fromVersion: version,
      events: decision.value,
      state: decision.value.reduce(evolve, state),
      recordedAt: new Date(at),
      requestId: commandId,
      commandId,
      actorRef: HEAD.ref,
    });
    return decision.value.map((e) => e.type);
  };

  it('answers the retried command with what its lost attempt recorded, writing nothing twice', async () => {
    const c = await new CaseDriver(h, 'lost-1').start();
    await c.exec(latenessReport(await c.today()), REGISTRAR);
    const recorded = await lostAttempt('lost-1', REQUEST_EXPLANATIONS, 'lost-1-explanations');
    const stored = await projection('lost-1');

    const result = await executeCaseCommand(c.handle, {
      command: REQUEST_EXPLANATIONS,
      actor: HEAD,
      requestId: 'lost-1-explanations',
    });

    expect(result).toEqual({ version: stored.version, stage: stored.state.stage, events: recorded });
    expect(await projection('lost-1')).toEqual(stored);
    const view = await c.view();
    expect(view.version).toBe(stored.version);
    expect(view.state).toEqual(stored.state);
    // The case goes on: the next command records from the adopted version.
    await c.exec(
      { type: 'RecordExplanation', personRef: 'officer-x', kind: 'denial', documentRef: 'doc-x' },
      subject('officer-x'),
    );
    const after = await projection('lost-1');
    expect(after.version).toBeGreaterThan(stored.version);
    expect((await c.view()).state).toEqual(after.state);
  });

  it('decides another command on top of the adopted events, then answers the lost one from them', async () => {
    const c = await new CaseDriver(h, 'lost-2').start();
    await c.exec(latenessReport(await c.today()), REGISTRAR);
    const recorded = await lostAttempt('lost-2', REQUEST_EXPLANATIONS, 'lost-2-explanations');

    const lostVersion = (await projection('lost-2')).version;

    // Evidence may be added before and after the request (the update's validator checks the workflow's own state).
    const evidence = await c.exec({
      type: 'AddEvidence',
      item: { id: 'ev-doc', kind: 'document', description: 'Shift log', allegationIds: [] },
    });
    const stored = await projection('lost-2');
    // Decided on top of the adopted request, not in its place.
    expect(evidence.version).toBe(stored.version);
    expect(stored.version).toBeGreaterThan(lostVersion);
    expect(stored.state.stage).toBe('explanation-requested');
    expect(stored.state.evidence.map((e) => e.id)).toContain('ev-doc');

    const retried = await executeCaseCommand(c.handle, {
      command: REQUEST_EXPLANATIONS,
      actor: HEAD,
      requestId: 'lost-2-explanations',
    });
    expect(retried.events).toEqual(recorded);
    expect(retried.version).toBeLessThan(stored.version);
    expect(await projection('lost-2')).toEqual(stored);
    const view = await c.view();
    expect(view.version).toBe(stored.version);
    expect(view.state).toEqual(stored.state);
  });
});
