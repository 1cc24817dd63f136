import { assertEvent, caseEvents } from '@qorgau/contracts';
import { LOCALES } from '@qorgau/service-kit';
import {
  appealFiledData,
  commissionHeldData,
  commissionScheduledData,
  deadlineNoticeData,
  explanationsRequestedData,
  investigationOrderedData,
  itemAnsweredData,
  orderIssuedData,
  protectionActFiledData,
  reportedData,
} from '../../test/support/case-event-examples';
import { renderMessage } from '../templates/render';
import { type CaseEvent } from './case-event';
import { type CaseRecipient } from './case-roles';
import { type NotificationIntent } from './intent';
import { applyProjection, projectCaseEvent } from './project-case-event';
import { routeCaseEvent } from './route-case-event';
import { routeConcern } from './route-concern';
import { routeFollowUp } from './route-follow-up';

const caseId = 'case-42';
const at = '2025-11-24T04:00:00.000Z';
const meta = { caseId, at, on: '2025-11-24' };

const reported = {
  ...meta,
  ...reportedData([
    { personRef: 'applicant-1', roles: ['applicant'] },
    { personRef: 'subject-1', roles: ['subject'] },
    { personRef: 'witness-1', roles: ['witness'] },
  ]),
};
const ordered = {
  ...meta,
  ...investigationOrderedData({
    orderedBy: 'head-1',
    investigatorRef: 'investigator-1',
    dueOn: '2025-12-24',
    windows: [{ personRef: 'subject-1', opensOn: '2025-11-24', closesOn: '2025-12-01' }],
  }),
};

const order = {
  ...meta,
  ...orderIssuedData({
    issuedBy: 'head-1',
    findings: [{ personRef: 'subject-1', statement: 'struck a colleague' }],
    penalties: [{ penaltyId: 'p-1', personRef: 'subject-1', penalty: 'severe-reprimand' }],
    announcementDueOn: '2025-12-15',
  }),
};
const appealFiled = {
  ...meta,
  ...appealFiledData({ appealId: 'a-1', penaltyId: 'p-1', personRef: 'subject-1' }),
};
const protectionActFiled = { ...meta, ...protectionActFiledData('subject-1', ['the video was deleted']) };
const itemAnswered = {
  ...meta,
  ...itemAnsweredData('subject-1', { itemId: 'i-1', decision: 'refused', reason: 'no such video' }),
};

/** The envelope a consumer gets: parsed against the case-events contract, as the consumer does. */
const consumed = (type: string, data: unknown): CaseEvent =>
  assertEvent(caseEvents, {
    eventId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    type,
    version: 1,
    occurredAt: at,
    producer: 'cases',
    subject: caseId,
    data,
  });

/** Replays events through projection + routing, as the consumer does. */
function replay(events: [string, unknown][]): { recipients: CaseRecipient[]; told: NotificationIntent[][] } {
  let recipients: CaseRecipient[] = [];
  const told: NotificationIntent[][] = [];
  for (const [type, data] of events) {
    const event = consumed(type, data);
    recipients = applyProjection(recipients, projectCaseEvent(event));
    told.push(routeCaseEvent(event, recipients));
  }
  return { recipients, told };
}

const to = (intents: NotificationIntent[]) => intents.map((i) => `${i.recipientRef}:${i.template}`).sort();

describe('routing case events', () => {
  const base: [string, unknown][] = [
    ['case.reported', reported],
    ['case.investigation-ordered', ordered],
  ];

  it('tells the applicant of the registration and the investigator, subject and applicant of the order', () => {
    const { told } = replay(base);
    expect(to(told[0]!)).toEqual(['applicant-1:case-registered']);
    expect(to(told[1]!)).toEqual([
      'applicant-1:case-progress',
      'investigator-1:investigation-assigned',
      'subject-1:protection-act-window-opened',
    ]);
  });

  it('asks the subject for an explanation', () => {
    const { told } = replay([
      ['case.reported', reported],
      ['case.explanations-requested', { ...meta, ...explanationsRequestedData('2025-11-27') }],
    ]);
    expect(told[1]).toEqual([
      {
        recipientRef: 'subject-1',
        template: 'explanation-demanded',
        params: { caseId, dueOn: '2025-11-27' },
      },
    ]);
  });

  it('sends approaching deadlines to the investigator and head, and the window closing to its subject', () => {
    const { told } = replay([
      ...base,
      [
        'case.deadline-approaching',
        {
          caseId,
          ...deadlineNoticeData({
            clock: 'protection-act-window',
            dueOn: '2025-11-27',
            citation: 'policy',
            personRef: 'subject-1',
          }),
          workingDaysBefore: 3,
        },
      ],
      // the flat form the investigation workflow sends
      [
        'case.deadline-passed',
        {
          caseId,
          ...deadlineNoticeData({ clock: 'investigation', dueOn: '2025-12-24', citation: 'art. 58 p.4' }),
          escalateTo: 'head-1',
        },
      ],
    ]);
    expect(to(told[2]!)).toEqual([
      'head-1:deadline-approaching',
      'investigator-1:deadline-approaching',
      'subject-1:protection-act-window-closing',
    ]);
    expect(told[2]!.find((i) => i.recipientRef === 'subject-1')!.params.days).toBe(3);
    expect(to(told[3]!)).toEqual(['head-1:deadline-passed', 'investigator-1:deadline-passed']);
  });

  it('gives the subject the answers to their Protection Act items, the investigator the filing, nobody else', () => {
    const { told } = replay([
      ...base,
      ['case.protection-act-filed', protectionActFiled],
      ['case.protection-act-item-answered', itemAnswered],
    ]);
    expect(to(told[2]!)).toEqual(['investigator-1:protection-act-filed']);
    expect(to(told[3]!)).toEqual(['subject-1:protection-act-item-answered']);
  });

  it('schedules a commission: the subject gets the notice, every member the session, the applicant progress', () => {
    const members = (['chair', 'secretary', 'member', 'member', 'member'] as const).map((role, n) => ({
      personRef: `cm-${n}`,
      role,
    }));
    const { told, recipients } = replay([
      ...base,
      ['case.commission-session-scheduled', { ...meta, ...commissionScheduledData(members, '2025-12-10') }],
      ['case.commission-session-held', { ...meta, ...commissionHeldData(members.map((m) => m.personRef)) }],
    ]);
    expect(to(told[2]!)).toEqual(
      [
        'applicant-1:case-progress',
        ...members.map((m) => `${m.personRef}:commission-session-scheduled`),
        'subject-1:commission-notice',
      ].sort(),
    );
    expect(to(told[3]!)).toEqual(members.map((m) => `${m.personRef}:commission-votes-recorded`));
    expect(recipients.filter((r) => r.role === 'commission-chair')).toHaveLength(1);
  });

  it('tells the penalized subject their penalty and the applicant only that a decision was taken', () => {
    const { told } = replay([...base, ['case.order-issued', order]]);
    expect(to(told[2]!)).toEqual(['applicant-1:case-outcome', 'subject-1:order-issued-penalty']);
    expect(told[2]!.find((i) => i.recipientRef === 'subject-1')!.params.penalty).toBe('severe-reprimand');
  });

  it('routes an appeal outcome to its appellant and a penalty expiry to its holder only', () => {
    const { told } = replay([
      ...base,
      ['case.order-issued', order],
      ['case.appeal-filed', appealFiled],
      ['case.appeal-decided', { ...meta, appealId: 'a-1', outcome: 'upheld', reason: 'matches gravity' }],
      ['case.penalty-expired', { ...meta, penaltyId: 'p-1' }],
    ]);
    expect(told[3]).toEqual([]);
    expect(to(told[4]!)).toEqual(['subject-1:appeal-decided']);
    expect(to(told[5]!)).toEqual(['subject-1:penalty-expired']);
  });

  it("never gives the applicant the subject's Protection Act text, penalty or findings, in any language", () => {
    const secrets = [
      'the video was deleted',
      'no such video',
      'severe',
      'struck a colleague',
      'p-1',
      'reprimand',
      'выговор',
      'сөгіс',
    ];
    const { told } = replay([
      ...base,
      ['case.protection-act-filed', protectionActFiled],
      ['case.protection-act-item-answered', itemAnswered],
      ['case.conclusion-approved', { ...meta, approvedBy: 'head-1', familiarizationDueOn: '2025-12-05' }],
      ['case.order-issued', order],
      ['case.appeal-filed', appealFiled],
      ['case.appeal-decided', { ...meta, appealId: 'a-1', outcome: 'cancelled', reason: 'too harsh' }],
      ['case.penalty-expired', { ...meta, penaltyId: 'p-1' }],
    ]);
    const toApplicant = told.flat().filter((i) => i.recipientRef === 'applicant-1');
    expect(toApplicant.map((i) => i.template).sort()).toEqual([
      'case-outcome',
      'case-progress',
      'case-progress',
      'case-registered',
    ]);
    for (const intent of toApplicant) {
      for (const locale of LOCALES) {
        const text = JSON.stringify([intent.params, renderMessage(intent.template, intent.params, locale)]);
        for (const secret of secrets) expect(text).not.toContain(secret);
      }
    }
    // The witness is told nothing about the outcome either.
    expect(told.flat().filter((i) => i.recipientRef === 'witness-1')).toEqual([]);
  });

  it('ignores case events it does not route; a routed one without its fields never reaches routing', () => {
    const evidence = { id: 'ev-1', kind: 'document', description: 'Shift log', allegationIds: [] };
    expect(routeCaseEvent(consumed('case.evidence-added', { ...meta, item: evidence }), [])).toEqual([]);
    // The consumer parses against the contract first: this one is refused there (and dead-lettered).
    expect(() => consumed('case.explanations-requested', { ...meta })).toThrow(/data\.dueOn/);
  });
});

describe('routing follow-ups (the wall)', () => {
  const checkIn = {
    planId: 'support-subject-1-case-42',
    personRef: 'subject-1',
    role: 'subject' as const,
    caseId,
    unitId: 'unit-1',
    checkInNumber: 2,
    dueAt: '2025-12-24',
    offsetDays: 30,
  };

  it("tells the unit's wellbeing staff, with scheduling facts only", () => {
    const intents = routeFollowUp('support.check-in.due', checkIn, ['staff-1', 'staff-2'], []);
    expect(to(intents)).toEqual(['staff-1:check-in-due', 'staff-2:check-in-due']);
    expect(intents[0]!.params).toEqual({ personRef: 'subject-1', checkInNumber: 2, dueAt: '2025-12-24' });
    expect(to(routeFollowUp('support.check-in.missed', checkIn, ['staff-1'], []))).toEqual([
      'staff-1:check-in-missed',
    ]);
    expect(routeFollowUp('support.plan.started', checkIn, ['staff-1'], [])).toEqual([]);
  });

  it('never reaches anyone with a disciplinary role in the case, even through a wrong staff mapping', () => {
    const { recipients } = replay([
      ['case.reported', reported],
      ['case.investigation-ordered', ordered],
      [
        'case.commission-session-scheduled',
        { ...meta, ...commissionScheduledData([{ personRef: 'cm-1', role: 'chair' }], '2025-12-10') },
      ],
    ]);
    const staff = ['staff-1', 'investigator-1', 'head-1', 'cm-1', 'subject-1'];
    const intents = routeFollowUp('support.check-in.due', checkIn, staff, recipients);
    expect(intents.map((i) => i.recipientRef)).toEqual(['staff-1']);
  });
});

describe('routing a wellbeing concern (the wall: only the minimal signal, only to the ordering head)', () => {
  const concern = { caseId, category: 'stigmatization' as const, raisedAt: '2026-01-10T09:15:00+05:00' };
  const wholeCase = (): CaseRecipient[] =>
    replay([
      ['case.reported', reported],
      ['case.investigation-ordered', ordered],
      [
        'case.commission-session-scheduled',
        { ...meta, ...commissionScheduledData([{ personRef: 'cm-1', role: 'chair' }], '2025-12-10') },
      ],
      ['case.order-issued', order],
      ['case.appeal-filed', appealFiled],
    ]).recipients;

  it('tells the head who ordered the investigation, with the case id and nothing else', () => {
    const intents = routeConcern('wellbeing.concern.raised', concern, wholeCase());
    expect(intents).toEqual([{ recipientRef: 'head-1', template: 'concern-raised', params: { caseId } }]);
    for (const locale of LOCALES) {
      const text = JSON.stringify(renderMessage('concern-raised', intents[0]!.params, locale));
      expect(text).toContain(caseId);
      for (const secret of ['stigmatization', 'stigmat', 'стигмат', '2026-01-10', 'subject-1', 'applicant-1'])
        expect(text.toLowerCase()).not.toContain(secret);
    }
  });

  it('finds the head from the order or the approved conclusion when no investigation was ordered', () => {
    const issuedOnly = replay([
      ['case.reported', reported],
      ['case.order-issued', { ...order, issuedBy: 'head-2' }],
    ]).recipients;
    expect(to(routeConcern('wellbeing.concern.raised', concern, issuedOnly))).toEqual([
      'head-2:concern-raised',
    ]);
    const approved = replay([
      ['case.reported', reported],
      ['case.conclusion-approved', { ...meta, approvedBy: 'head-3', familiarizationDueOn: '2025-12-05' }],
    ]).recipients;
    expect(to(routeConcern('wellbeing.concern.raised', concern, approved))).toEqual([
      'head-3:concern-raised',
    ]);
  });

  it('tells nobody when the case has no known head, and ignores other types', () => {
    const partiesOnly = replay([['case.reported', reported]]).recipients;
    expect(routeConcern('wellbeing.concern.raised', concern, partiesOnly)).toEqual([]);
    expect(routeConcern('wellbeing.concern.raised', concern, [])).toEqual([]);
    expect(routeConcern('wellbeing.concern.withdrawn', concern, wholeCase())).toEqual([]);
  });
});
