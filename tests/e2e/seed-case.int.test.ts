// The seed's case (DOMAIN.md): a verbal conflict, officer A reports a slap with no objective evidence. Played by
// @qorgau/local-system's playSeedCase (the demo's scenario) through the public APIs on compressed case time: report,
// explanations, investigation, officer B's Protection Act answered item by item, conclusion, the commission (the
// symmetric-sanction guard refuses identical penalties on unestablished facts), the order, an appeal, then support
// check-ins, a stigmatized reporter's urgent check-in and concern. Then asserted from outside: each role's view,
// Kafka, the inboxes and the wellbeing tasks.
import { TOPICS } from '@qorgau/contracts';
import { playSeedCase, QorgauHttp, type SeedCaseResult } from '@qorgau/local-system';
import { expectTimelineOnKafka, milestones } from './support/case-events';
import {
  COMMISSION_PEOPLE,
  expectCaseHidden,
  expectWallHolds,
  inboxOf,
  myCaseTasks,
  readCase,
  staffTasks,
  templatesOf,
  type Person,
} from './support/people';
import { useSystem } from './support/system';

const e2e = useSystem('seed-case');
const say = (line: string) => process.stdout.write(`[e2e] seed case: ${line}\n`);

describe("the seed's case, end to end", () => {
  let result: SeedCaseResult;
  let caseId = '';

  it('plays the whole case through the public APIs, every step as expected', async () => {
    result = await playSeedCase(new QorgauHttp(e2e.system.urls), e2e.system.seed.people, {
      timeScale: e2e.timeScale,
      onStep: (s) =>
        say(`${s.index} ${s.phase} ${s.actor}: ${s.title} → ${s.ok ? '' : 'NOT OK: '}${s.outcome}`),
    });
    caseId = result.caseId;
    expect(result.steps.filter((s) => !s.ok)).toEqual([]);
    say(
      `played in ${(result.realMs / 1000).toFixed(1)} s real, case time ${result.caseTime.from} → ${result.caseTime.to}`,
    );
  }, 300_000);

  it('shows each role the decided case, and hides it from anyone without a relation to it', async () => {
    const view = await readCase(e2e.as('head-1'), caseId);
    expect(view.stage).toBe('penalty-active');
    // Roles differentiated: a remark for A (the applicant), a reprimand for B; the appeal upheld.
    expect(view.state.penalties.map((p) => [p.personRef, p.penalty, p.status])).toEqual([
      ['officer-a', 'remark', 'active'],
      ['officer-b', 'reprimand', 'active'],
    ]);
    expect(view.state).toMatchObject({
      evidenceBasisFlags: [expect.objectContaining({ allegationId: 'al-slap' })],
      appeals: [expect.objectContaining({ appealId: 'ap-1', status: 'upheld' })],
      commission: {
        recommendations: [
          expect.objectContaining({
            personRef: 'officer-a',
            outcome: { kind: 'penalty', penalty: 'remark' },
          }),
          expect.objectContaining({
            personRef: 'officer-b',
            outcome: { kind: 'penalty', penalty: 'reprimand' },
          }),
        ],
      },
    });
    // Officer B sees every item of their Protection Act answered, with reasons.
    const b = await readCase(e2e.as('officer-b'), caseId);
    const acts = b.state.protectionActs as { personRef: string; versions: unknown[]; answers: unknown[] }[];
    expect(acts.find((a) => a.personRef === 'officer-b')).toMatchObject({
      versions: [expect.anything(), expect.anything()],
      answers: expect.arrayContaining([
        expect.objectContaining({ itemId: 'b-6', decision: 'partly-granted' }),
      ]),
    });
    // Everyone related reads the same case: parties, the investigator, the whole commission (including the member
    // who was absent), the higher official who decided the appeal, the auditor.
    const related: Person[] = [
      'officer-a',
      'colleague-c',
      'inv-1',
      ...COMMISSION_PEOPLE,
      'higher-1',
      'auditor-1',
    ];
    for (const person of related) expect((await readCase(e2e.as(person), caseId)).version).toBe(view.version);
    // ...each as their role needs it (art. 42): a party sees their own penalty only, the witness none at all,
    // the investigator and the commission no imposed penalty; the higher official weighs every one.
    const penaltiesOf = async (person: Person) =>
      ((await readCase(e2e.as(person), caseId)).state.penalties ?? []).map((p) => p.personRef);
    expect(await penaltiesOf('officer-a')).toEqual(['officer-a']);
    expect(await penaltiesOf('officer-b')).toEqual(['officer-b']);
    expect(await penaltiesOf('colleague-c')).toEqual([]);
    expect(await penaltiesOf('inv-1')).toEqual([]);
    expect(await penaltiesOf('chair-1')).toEqual([]);
    expect(await penaltiesOf('higher-1')).toEqual(['officer-a', 'officer-b']);
    expect((await readCase(e2e.as('officer-a'), caseId)).state.protectionActs).toEqual([
      expect.objectContaining({ personRef: 'officer-a', versions: [] }),
    ]);
    for (const stranger of ['inv-2', 'psychologist-1', 'hr-1', 'admin-1'] as Person[])
      await expectCaseHidden(e2e.as(stranger), caseId);
    // What is left to do: at most the right to appeal (optional) for the officers; the session is off the agenda.
    for (const person of ['officer-a', 'officer-b'] as Person[]) {
      for (const task of await myCaseTasks(e2e.as(person), caseId))
        expect(task).toMatchObject({ command: 'FileAppeal', optional: true, personRef: person });
    }
    for (const person of ['inv-1', 'secretary-1', 'higher-1'] as Person[])
      expect(await myCaseTasks(e2e.as(person), caseId)).toEqual([]);
    const agenda = await e2e.as('chair-1').get<{ sessions: { caseId: string }[] }>('cases', '/inbox/agenda');
    expect(agenda.body.sessions.filter((s) => s.caseId === caseId)).toEqual([]);
  });

  it('publishes every step on Kafka in order, the timers’ notices, the follow-ups and only a minimal concern signal', async () => {
    await expectTimelineOnKafka(e2e.kafka, e2e.as('auditor-1'), caseId);
    const types = milestones(e2e.kafka, caseId).filter((t) => t !== 'case.procedure-deadline-missed');
    const times = (type: string, n: number) => Array<string>(n).fill(type);
    expect(types).toEqual([
      'case.reported',
      'case.evidence-basis-flags-changed',
      'case.explanations-requested',
      ...times('case.explanation-recorded', 2),
      'case.investigation-ordered',
      ...times('case.protection-act-filed', 2),
      ...times('case.protection-act-item-answered', 6),
      'case.conclusion-submitted',
      'case.conclusion-approved',
      ...times('case.familiarization-recorded', 2),
      'case.commission-session-scheduled',
      'case.commission-session-held',
      'case.order-issued',
      'case.support-plans-offered',
      ...times('case.order-announced', 2),
      'case.appeal-filed',
      'case.appeal-decided',
    ]);
    // The windows closed on the case's own timer: B used theirs, A did not.
    const closed = e2e.kafka
      .events(caseId)
      .filter((o) => o.envelope.type === 'case.protection-act-window-closed');
    expect(closed.map((o) => [o.envelope.data.personRef, o.envelope.data.used]).sort()).toEqual([
      ['officer-a', false],
      ['officer-b', true],
    ]);
    const followUps = e2e.kafka.events(caseId, TOPICS.supportFollowUps);
    for (const person of ['officer-a', 'officer-b']) {
      expect(
        followUps
          .filter((o) => o.envelope.data.personRef === person)
          .map((o) => o.envelope.type)
          .slice(0, 2),
      ).toEqual(['support.plan.started', 'support.check-in.due']);
    }
    const concern = await e2e.kafka.seen(caseId, 'wellbeing.concern.raised');
    expect(Object.keys(concern.envelope.data).sort()).toEqual(['caseId', 'category', 'raisedAt']);
    for (const message of e2e.kafka.all()) expect(message.raw).not.toMatch(/informer|patrol shift/);
  });

  it('told each person what concerns them', async () => {
    const a = templatesOf(result.inbox['officer-a']!.filter((i) => i.caseId === caseId));
    expect(a).toEqual(
      expect.arrayContaining([
        'case-registered',
        'explanation-demanded',
        'protection-act-window-opened',
        'conclusion-ready',
        'commission-notice',
        'order-issued-penalty',
      ]),
    );
    const b = result.inbox['officer-b']!.filter((i) => i.caseId === caseId);
    expect(templatesOf(b)).toEqual(expect.arrayContaining(['appeal-decided', 'order-issued-penalty']));
    expect(b.filter((i) => i.template === 'protection-act-item-answered')).toHaveLength(6);
    // Each officer learns their own penalty only (ru: замечание = remark, выговор = reprimand).
    const penaltyOf = (items: typeof b) => items.find((i) => i.template === 'order-issued-penalty')!.body;
    expect(penaltyOf(result.inbox['officer-a']!.filter((i) => i.caseId === caseId))).toMatch(/замечание/);
    expect(penaltyOf(b)).toMatch(/выговор/);
    expect(penaltyOf(b)).not.toMatch(/замечание/);
    for (const item of [...b, ...result.inbox['officer-a']!]) expect(item.body).not.toContain('{');
    expect(templatesOf(await inboxOf(e2e.as('inv-1'), caseId))).toEqual(
      expect.arrayContaining(['investigation-assigned', 'protection-act-filed']),
    );
    for (const member of COMMISSION_PEOPLE) {
      expect(templatesOf(await inboxOf(e2e.as(member), caseId))).toEqual(
        expect.arrayContaining(['commission-session-scheduled', 'commission-votes-recorded']),
      );
    }
    const psychologist = result.inbox['psychologist-1']!.filter((i) => i.template === 'check-in-due');
    for (const person of ['officer-a', 'officer-b'])
      expect(psychologist.some((i) => i.body.includes(person))).toBe(true);
    expect(await inboxOf(e2e.as('colleague-c'), caseId)).toEqual([]);
  });

  it('puts the check-ins and the urgent follow-up before wellbeing staff, behind the wall', async () => {
    const tasks = await staffTasks(e2e.as('psychologist-1'), caseId);
    expect(
      tasks
        .filter((t) => t.kind === 'check-in')
        .map((t) => [t.personRef, t.checkInNumber])
        .sort(),
    ).toEqual([
      ['officer-a', 1],
      ['officer-b', 1],
    ]);
    expect(tasks.filter((t) => t.kind === 'urgent-self-check-in')).toEqual([
      expect.objectContaining({ personRef: 'officer-a', priority: 'urgent', escalated: true }),
    ]);
    const concerns = (
      await e2e.as('psychologist-1').get<{ caseId: string; category: string }[]>('wellbeing', '/concerns')
    ).body;
    expect(concerns.filter((x) => x.caseId === caseId)).toEqual([
      expect.objectContaining({ category: 'stigmatization' }),
    ]);
    for (const person of ['head-1', 'inv-1', 'chair-1', 'higher-1'] as Person[])
      await expectWallHolds(e2e.as(person));
  });
});
