// Full public payloads of the case events notifications route (cases.case-events.v1 in @qorgau/contracts), without
// `caseId`, `at` and `on`, which the tests add. Kept whole so the routing reads exactly what the contract delivers.

const clock = (name: string, dueOn: string) => ({
  clock: name,
  dueOn,
  citation: 'Law 380-IV art. 58',
  provisional: false,
  why: [{ kind: 'start', on: '2025-11-24', event: 'test' }],
});

const window = (opensOn: string, closesOn: string) => ({
  opensOn,
  initialClosesOn: closesOn,
  closesOn,
  reminders: [],
  extensions: [],
  pendingRequest: null,
});

export const reportedData = (
  parties: { personRef: string; roles: ('applicant' | 'subject' | 'witness')[] }[],
) => ({
  source: 'report' as const,
  parties,
  violations: [],
  allegations: [],
  evidence: [],
});

export const investigationOrderedData = (o: {
  orderedBy: string;
  investigatorRef: string;
  dueOn: string;
  windows: { personRef: string; opensOn: string; closesOn: string }[];
}) => ({
  orderedBy: o.orderedBy,
  investigatorRef: o.investigatorRef,
  dueOn: o.dueOn,
  clock: clock('investigation', o.dueOn),
  protectionActWindows: o.windows.map((w) => ({
    personRef: w.personRef,
    window: window(w.opensOn, w.closesOn),
  })),
});

export const explanationsRequestedData = (dueOn: string) => ({ dueOn, clock: clock('explanation', dueOn) });

export const commissionScheduledData = (
  members: { personRef: string; role: 'chair' | 'secretary' | 'member' }[],
  sessionOn: string,
) => ({ members, sessionOn, earliestSessionOn: '2025-11-25' });

export const commissionHeldData = (presentRefs: string[]) => ({
  presentRefs,
  recommendations: [],
  protectionActReferences: {},
  symmetricSanctionJustification: null,
});

export const penaltyRecord = (p: { penaltyId: string; personRef: string; penalty: string }) => ({
  ...p,
  violationId: 'v-1',
  severity: 'significant',
  imposedOn: '2025-12-01',
  expiresOn: '2026-06-01',
  earlyLiftingFrom: null,
  announcedOn: null,
  announcement: null,
  appealDueOn: null,
  status: 'active',
  endedOn: null,
});

export const orderIssuedData = (o: {
  issuedBy: string;
  findings: { personRef: string; statement: string }[];
  penalties: { penaltyId: string; personRef: string; penalty: string }[];
  announcementDueOn: string;
}) => ({
  issuedBy: o.issuedBy,
  basis: 'investigation' as const,
  collegiumDecisionRef: null,
  findings: o.findings.map((f) => ({ ...f, facts: 'established' as const })),
  penalties: o.penalties.map(penaltyRecord),
  notPenalizedRefs: [],
  symmetricSanctionJustification: null,
  announcementDueOn: o.announcementDueOn,
});

export const appealFiledData = (a: { appealId: string; penaltyId: string; personRef: string }) => ({
  appeal: {
    ...a,
    to: 'higher-official' as const,
    filedOn: '2025-12-05',
    status: 'pending' as const,
    decidedOn: null,
    reason: null,
  },
});

export const protectionActFiledData = (personRef: string, texts: string[]) => ({
  personRef,
  version: {
    version: 1,
    filedAt: '2025-11-25T04:00:00.000Z',
    filedOn: '2025-11-25',
    items: texts.map((text, n) => ({ id: `i-${n + 1}`, section: 'objections', materialRef: 'm-1', text })),
  },
});

export const itemAnsweredData = (
  personRef: string,
  a: { itemId: string; decision: 'refused' | 'granted'; reason: string },
) => ({
  personRef,
  answer: { ...a, answeredBy: 'investigator-1', answeredAt: '2025-11-26T04:00:00.000Z', forVersion: 1 },
});

/** A case clock's reminder as the investigation workflow sends it (flat). */
export const deadlineNoticeData = (d: {
  clock: string;
  dueOn: string;
  citation: string;
  personRef?: string;
}) => ({
  clock: d.clock,
  dueOn: d.dueOn,
  citation: d.citation,
  why: [],
  personRef: d.personRef ?? null,
  penaltyId: null,
  violationId: null,
});
