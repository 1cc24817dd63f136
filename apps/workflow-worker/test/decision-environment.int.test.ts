import {
  createPolicy,
  DEFAULT_ENVIRONMENT,
  DEFAULT_PINNED_ENVIRONMENT,
  decisionEnvironmentOf,
  defaultKzCorrections,
  explanationClock,
  nextWorkingDay,
  orderAnnouncementClock,
  pinEnvironment,
  yearOf,
  type CaseCommand,
  type LocalDate,
  type PinnedEnvironment,
} from '@qorgau/domain';
import {
  environmentQuery,
  migrateEnvironmentUpdate,
  type CaseCommandResult,
  type EnvironmentMigrationRequest,
} from '@qorgau/workflows';
import {
  CaseDriver,
  domainErrorOf,
  HEAD,
  recordHistories,
  startHarness,
  type Harness,
} from './support/harness';

/**
 * A case decides with the decision environment it was started with (policy + calendar data in its input), not
 * with what the code ships; only an explicit, reasoned migration changes it. Children get the parent's.
 */
const report = (on: LocalDate): CaseCommand => ({
  type: 'ReportCase',
  source: 'report',
  parties: [
    { personRef: 'officer-x', roles: ['subject'] },
    { personRef: 'officer-y', roles: ['applicant'] },
  ],
  violations: [
    {
      id: 'v1',
      description: 'Late for duty',
      misconductType: 'lateness',
      gravity: 'ordinary',
      committedOn: on,
      discoveredOn: on,
      subjectRefs: ['officer-x'],
    },
  ],
});

/** An environment unlike the shipped one: 3 working days to explain, and a decreed day off tomorrow-ish. */
function unlikeTheShippedOne(today: LocalDate): { pinned: PinnedEnvironment; dayOff: LocalDate } {
  const dayOff = nextWorkingDay(DEFAULT_ENVIRONMENT.calendar, today);
  const year = String(yearOf(dayOff));
  const policy = createPolicy({ explanationDeadlineWorkingDays: 3 });
  if (!policy.ok) throw new Error(policy.error.code);
  const corrections = {
    ...defaultKzCorrections,
    years: {
      ...defaultKzCorrections.years,
      [year]: {
        status: defaultKzCorrections.years[year]?.status ?? 'derived',
        ...defaultKzCorrections.years[year],
        holidaysAdded: [
          ...(defaultKzCorrections.years[year]?.holidaysAdded ?? []),
          {
            date: dayOff,
            name: { kk: 'Демалыс', ru: 'Выходной', en: 'Decreed day off' },
            transferable: false,
            source: 'test: a decree published after the case started',
          },
        ],
      },
    },
  };
  return { pinned: pinEnvironment(policy.value, corrections), dayOff };
}

describe('the decision environment is pinned per case', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('wf_environment');
  });
  afterAll(async () => {
    if (h) await recordHistories(h, ['case-env-1']);
    await h?.teardown();
  });

  it('decides with its pinned calendar and policy, hands them to its children, changes only by an audited migration', async () => {
    const probe = new CaseDriver(h, 'env-probe');
    const today = await probe.today();
    const { pinned, dayOff } = unlikeTheShippedOne(today);
    const c = await new CaseDriver(h, 'env-1', { environment: pinned }).start();
    await c.exec(report(today), { ref: 'reg-1', role: 'registrar' });
    await c.exec({ type: 'RequestExplanations' });

    // The pinned calendar (a day off the shipped file does not know) and policy (3 days, not 2) decide the term.
    const pinnedDue = explanationClock(decisionEnvironmentOf(pinned).calendar, today, 3).dueOn;
    const shippedDue = explanationClock(DEFAULT_ENVIRONMENT.calendar, today, 2).dueOn;
    expect(pinnedDue).not.toBe(shippedDue);
    expect(pinnedDue > dayOff).toBe(true);
    expect((await c.view()).state.explanationDueOn).toBe(pinnedDue);
    expect(await c.handle.query(environmentQuery)).toEqual({
      version: pinned.version,
      calendarVersion: pinned.calendar.version,
      policy: pinned.policy,
    });
    expect((await c.view()).environmentVersion).toBe(pinned.version);

    await c.exec({
      type: 'RecordExplanation',
      personRef: 'officer-x',
      kind: 'admission',
      documentRef: 'doc-x',
    });
    await c.exec({
      type: 'IssueOrder',
      issuedBy: 'head-1',
      basis: 'admission',
      penalties: [{ personRef: 'officer-x', violationId: 'v1', penalty: 'remark' }],
      findings: [
        { personRef: 'officer-x', facts: 'established', statement: 'Admitted being late, shown by the log.' },
        { personRef: 'officer-y', facts: 'established', statement: 'Reported the lateness as duty officer.' },
      ],
    });

    // Its timers follow the pinned calendar: the order's announcement term (working days) passes a day later than
    // the shipped calendar would have it, and that is the day escalated.
    const pinnedAnnounce = orderAnnouncementClock(decisionEnvironmentOf(pinned).calendar, today).dueOn;
    const shippedAnnounce = orderAnnouncementClock(DEFAULT_ENVIRONMENT.calendar, today).dueOn;
    expect(pinnedAnnounce).not.toBe(shippedAnnounce);
    await c.advanceTo(pinnedAnnounce);
    await c.advanceDays(2);
    const passed = (await h.dataSource.query(
      `SELECT envelope->'data'->>'dueOn' AS "dueOn" FROM cases.outbox WHERE message_key = 'env-1' AND envelope->>'type' = 'case.deadline-passed'`,
    )) as { dueOn: string }[];
    expect(passed.map((r) => r.dueOn)).toEqual([pinnedAnnounce]);

    // Children receive the parent's environment, recorded in their own start input.
    const children = (await c.view()).children;
    expect(children).toEqual(['support-officer-x-env-1', 'support-officer-y-env-1']);
    for (const id of children) {
      const history = await h.env.client.workflow.getHandle(id).fetchHistory();
      const payload = history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
      const input = JSON.parse(Buffer.from(payload!.data!).toString('utf8')) as {
        environment?: PinnedEnvironment;
      };
      expect(input.environment?.version).toBe(pinned.version);
    }

    // A migration needs a reason and a different environment; it is recorded on the case's timeline.
    const migrate = (request: Partial<EnvironmentMigrationRequest>, n: number): Promise<CaseCommandResult> =>
      c.handle.executeUpdate(migrateEnvironmentUpdate, {
        args: [
          {
            environment: DEFAULT_PINNED_ENVIRONMENT,
            reason: '',
            actor: HEAD,
            requestId: `env-1-m${n}`,
            ...request,
          },
        ],
      });
    const refused = async (request: Partial<EnvironmentMigrationRequest>, n: number) => {
      try {
        await migrate(request, n);
      } catch (error) {
        return domainErrorOf(error);
      }
      throw new Error('the migration was accepted');
    };
    expect(await refused({ reason: '  ' }, 1)).toMatchObject({ code: 'INVALID_COMMAND' });
    expect(await refused({ environment: pinned, reason: 'again' }, 2)).toMatchObject({
      code: 'INVALID_COMMAND',
    });
    expect(
      await refused(
        { environment: { ...DEFAULT_PINNED_ENVIRONMENT, version: 'env-forged' }, reason: 'r' },
        3,
      ),
    ).toMatchObject({ code: 'INVALID_COMMAND' });
    expect((await c.view()).environmentVersion).toBe(pinned.version);

    const migrated = await migrate({ reason: 'The decree was revoked; the ministry calendar applies.' }, 4);
    expect(migrated.events).toEqual(['DecisionEnvironmentMigrated']);
    expect((await c.view()).environmentVersion).toBe(DEFAULT_PINNED_ENVIRONMENT.version);
    expect((await c.handle.query(environmentQuery)).policy).toEqual(DEFAULT_PINNED_ENVIRONMENT.policy);
    const [row] = (await h.dataSource.query(
      `SELECT envelope->'data' AS data FROM cases.outbox WHERE message_key = 'env-1' AND envelope->>'type' = 'case.decision-environment-migrated'`,
    )) as { data: Record<string, unknown> }[];
    expect(row?.data).toMatchObject({
      from: pinned.version,
      to: DEFAULT_PINNED_ENVIRONMENT.version,
      reason: 'The decree was revoked; the ministry calendar applies.',
      migratedBy: HEAD.ref,
    });
  });
});
