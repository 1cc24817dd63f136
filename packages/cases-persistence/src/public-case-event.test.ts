import { join } from 'node:path';
import { caseDomainEventDefinitions, caseEvents, InvalidEventError, parseEvent } from '@qorgau/contracts';
import { decide, evolve, initialCaseState, type CaseCommand, type CaseEvent } from '@qorgau/domain';
import {
  B_PROTECTION_ACT,
  COMMISSION,
  FINDINGS,
  seedReport,
  type ReportCaseCommand,
} from '@qorgau/domain/test-support';
import ts from 'typescript';
import { integrationEventType } from './event-ids';
import { publicCaseEvent } from './public-case-event';

const EVENT_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const at = (date: string) => `${date}T05:00:00.000Z`;

/** The `type` of every member of the domain's `CaseEvent` union, read from its source with the compiler. */
function domainEventTypes(): string[] {
  const entry = join(__dirname, '..', '..', 'domain', 'src', 'lifecycle', 'events.ts');
  const program = ts.createProgram([entry], { strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry)!;
  const alias = source.statements.find(
    (s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === 'CaseEvent',
  )!;
  const union = checker.getTypeAtLocation(alias.name) as ts.UnionType;
  return union.types.map((member) => {
    const type = checker.getTypeOfSymbol(member.getProperty('type')!);
    return (type as ts.StringLiteralType).value;
  });
}

/** The seed's case up to a decided appeal and an early lifting: most event types, with real payloads. */
const REFERENCES = { 'officer-b': B_PROTECTION_ACT.map((i) => i.id) };
const PROPOSALS = [
  { personRef: 'officer-a', violationId: 'v-insults', penalty: 'remark' },
  { personRef: 'officer-b', violationId: 'v-insults', penalty: 'reprimand' },
] as const;
const SCENARIO: [CaseCommand, string][] = [
  [{ ...seedReport('2025-02-04') } as ReportCaseCommand, at('2025-02-04')],
  [{ type: 'RequestExplanations' }, at('2025-02-05')],
  [
    { type: 'RecordExplanation', personRef: 'officer-a', kind: 'denial', documentRef: 'd-a' },
    at('2025-02-06'),
  ],
  [
    { type: 'RecordExplanation', personRef: 'officer-b', kind: 'denial', documentRef: 'd-b' },
    at('2025-02-06'),
  ],
  [{ type: 'OrderInvestigation', orderedBy: 'head-1', investigatorRef: 'inv-1' }, at('2025-02-10')],
  [{ type: 'FileProtectionAct', personRef: 'officer-b', items: B_PROTECTION_ACT }, at('2025-02-12')],
  ...B_PROTECTION_ACT.map((item): [CaseCommand, string] => [
    {
      type: 'AnswerProtectionActItem',
      personRef: 'officer-b',
      itemId: item.id,
      decision: 'granted',
      reason: 'Considered',
      answeredBy: 'inv-1',
    },
    at('2025-02-14'),
  ]),
  [
    {
      type: 'SubmitConclusion',
      findings: FINDINGS,
      proposals: [...PROPOSALS],
      circumstances: [],
      protectionActReferences: REFERENCES,
    },
    at('2025-02-18'),
  ],
  [{ type: 'ApproveConclusion', approvedBy: 'head-1' }, at('2025-02-19')],
  [{ type: 'RecordFamiliarization', personRef: 'officer-a', outcome: 'signed' }, at('2025-02-20')],
  [{ type: 'RecordFamiliarization', personRef: 'officer-b', outcome: 'signed' }, at('2025-02-20')],
  [{ type: 'ScheduleCommissionSession', members: COMMISSION, sessionOn: '2025-02-24' }, at('2025-02-20')],
  [
    {
      type: 'HoldCommissionSession',
      presentRefs: COMMISSION.map((m) => m.personRef),
      considerations: PROPOSALS.map((p) => ({
        personRef: p.personRef,
        participation: 'in-person' as const,
        votes: COMMISSION.map((m) => ({
          memberRef: m.personRef,
          choice: { kind: 'penalty' as const, penalty: p.penalty },
        })),
      })),
      protectionActReferences: REFERENCES,
    },
    at('2025-02-24'),
  ],
  [
    { type: 'IssueOrder', issuedBy: 'head-1', basis: 'investigation', penalties: [...PROPOSALS] },
    at('2025-02-25'),
  ],
  [{ type: 'RecordOrderAnnouncement', personRef: 'officer-a', outcome: 'signed' }, at('2025-02-25')],
  [{ type: 'RecordOrderAnnouncement', personRef: 'officer-b', outcome: 'signed' }, at('2025-02-25')],
];

function scenarioEvents(): CaseEvent[] {
  let state = initialCaseState('case-42');
  const events: CaseEvent[] = [];
  for (const [command, instant] of SCENARIO) {
    const decision = decide(state, command, instant);
    if (!decision.ok) throw new Error(`${command.type}: ${decision.error.code}`);
    state = decision.value.reduce(evolve, state);
    events.push(...decision.value);
  }
  return events;
}

describe('public case events', () => {
  it('has a public schema in @qorgau/contracts for every domain event type', () => {
    const types = domainEventTypes();
    expect(types.length).toBeGreaterThanOrEqual(38);
    const missing = types
      .map(integrationEventType)
      .filter((t) => !Object.hasOwn(caseDomainEventDefinitions, t));
    expect(missing).toEqual([]);
  });

  it('publishes the seed case’s events whole: data is the domain event without its type, valid against the contract', () => {
    const events = scenarioEvents();
    expect(new Set(events.map((e) => e.type)).size).toBeGreaterThanOrEqual(15);
    for (const event of events) {
      const envelope = publicCaseEvent(event, { eventId: EVENT_ID, producer: 'cases' });
      const { type, ...data } = event;
      // Nothing of the domain event is lost on the way (the schema describes every field it carries) ...
      expect({ type, data: envelope.data }).toEqual({ type, data: JSON.parse(JSON.stringify(data)) });
      expect(envelope).toMatchObject({
        type: integrationEventType(type),
        subject: 'case-42',
        occurredAt: event.at,
      });
      // ... and what went out parses again as a consumer reads it.
      expect(parseEvent(caseEvents, JSON.parse(JSON.stringify(envelope))).ok).toBe(true);
    }
  });

  it('refuses a domain event whose payload breaks its public schema, naming the field', () => {
    const [reported] = scenarioEvents();
    const broken = { ...reported!, on: '0000-13-01' } as CaseEvent;
    expect(() => publicCaseEvent(broken, { eventId: EVENT_ID, producer: 'cases' })).toThrow(
      InvalidEventError,
    );
    expect(() => publicCaseEvent(broken, { eventId: EVENT_ID, producer: 'cases' })).toThrow(/data\.on/);
  });

  it('refuses an event type the contract does not know', () => {
    const [reported] = scenarioEvents();
    const unknown = { ...reported!, type: 'SomethingNew' } as unknown as CaseEvent;
    expect(() => publicCaseEvent(unknown, { eventId: EVENT_ID, producer: 'cases' })).toThrow(
      /type: unknown event type/,
    );
  });
});
