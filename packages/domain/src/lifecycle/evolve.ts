import type { ProtectionActRecord } from '../protection-act/types';
import type { CaseEvent } from './events';
import { subjectRefsOf, type CaseState, type PenaltyRecord } from './state';

const updateAct = (
  state: CaseState,
  personRef: string,
  change: (r: ProtectionActRecord) => ProtectionActRecord,
): CaseState => ({
  ...state,
  protectionActs: state.protectionActs.map((r) => (r.personRef === personRef ? change(r) : r)),
});

const updatePenalty = (
  state: CaseState,
  penaltyId: string,
  change: (p: PenaltyRecord) => PenaltyRecord,
): CaseState => ({
  ...state,
  penalties: state.penalties.map((p) => (p.penaltyId === penaltyId ? change(p) : p)),
});

/** Applies one event. Pure and total: evolve never rejects, everything it needs is in the event. */
export function evolve(state: CaseState, event: CaseEvent): CaseState {
  const s = { ...state, lastEventAt: event.at };
  switch (event.type) {
    case 'CaseReported':
      return {
        ...s,
        stage: 'reported',
        source: event.source,
        reportedOn: event.on,
        parties: event.parties,
        violations: event.violations,
        allegations: event.allegations,
        evidence: event.evidence,
      };
    case 'EvidenceBasisFlagsChanged':
      return { ...s, evidenceBasisFlags: event.flags };
    case 'ExplanationsRequested':
      return { ...s, stage: 'explanation-requested', explanationDueOn: event.dueOn };
    case 'ExplanationRecorded':
      return { ...s, explanations: [...s.explanations, event.explanation] };
    case 'AllegationRecorded':
      return { ...s, allegations: [...s.allegations, event.allegation] };
    case 'EvidenceAdded':
      return { ...s, evidence: [...s.evidence, event.item] };
    case 'AbsenceRecorded':
      return {
        ...s,
        absences: [...s.absences, event.absence],
        investigation:
          s.investigation && event.investigationDueOn
            ? { ...s.investigation, dueOn: event.investigationDueOn }
            : s.investigation,
      };
    case 'ClockPauseStarted':
      return { ...s, pauses: [...s.pauses, event.pause] };
    case 'ClockPauseEnded':
      return {
        ...s,
        pauses: s.pauses.map((p) => (p.pauseId === event.pauseId ? { ...p, to: event.to } : p)),
        endedProceedings: event.endedProceeding
          ? [...s.endedProceedings, event.endedProceeding]
          : s.endedProceedings,
      };
    case 'InterestDeclared':
      return { ...s, interests: [...s.interests, event.interest] };
    case 'InvestigationOrdered':
      return {
        ...s,
        stage: 'investigation',
        investigation: {
          orderedOn: event.on,
          orderedBy: event.orderedBy,
          investigatorRef: event.investigatorRef,
          dueOn: event.dueOn,
          extensions: [],
          endedOn: null,
        },
        protectionActs: event.protectionActWindows.map((w) => ({
          personRef: w.personRef,
          window: w.window,
          versions: [],
          answers: [],
        })),
      };
    case 'InvestigatorReplaced':
      return s.investigation
        ? { ...s, investigation: { ...s.investigation, investigatorRef: event.investigatorRef } }
        : s;
    case 'InvestigationExtended':
      return s.investigation
        ? {
            ...s,
            investigation: {
              ...s.investigation,
              dueOn: event.dueOn,
              extensions: [...s.investigation.extensions, event.extension],
            },
          }
        : s;
    case 'SubjectSuspended':
      return { ...s, suspensions: [...s.suspensions, event.suspension] };
    case 'SuspensionAnnounced':
      return {
        ...s,
        suspensions: s.suspensions.map((x) =>
          x.personRef === event.personRef && !x.announcedOn
            ? { ...x, announcedOn: event.on, announcementOutcome: event.outcome }
            : x,
        ),
      };
    case 'PolygraphRecorded':
      return { ...s, polygraphs: [...s.polygraphs, { personRef: event.personRef, on: event.on }] };
    case 'MaterialsHandedOver':
      return { ...s, handedOverTo: event.body, pauses: [...s.pauses, event.pause] };
    case 'ProtectionActFiled':
      return updateAct(s, event.personRef, (r) => ({ ...r, versions: [...r.versions, event.version] }));
    case 'ProtectionActExtensionRequested':
    case 'ProtectionActExtensionDecided':
    case 'ProtectionActWindowMoved':
      return updateAct(s, event.personRef, (r) => ({ ...r, window: event.window }));
    case 'ProtectionActItemAnswered':
      return updateAct(s, event.personRef, (r) => ({ ...r, answers: [...r.answers, event.answer] }));
    case 'ConclusionSubmitted':
      return {
        ...s,
        stage: 'conclusion-submitted',
        investigation: s.investigation ? { ...s.investigation, endedOn: event.on } : s.investigation,
        endedProceedings: [
          ...s.endedProceedings.filter((p) => p.kind !== 'internal-investigation'),
          event.endedProceeding,
        ],
        conclusion: {
          submittedOn: event.on,
          investigatorRef: event.investigatorRef,
          findings: event.findings,
          proposals: event.proposals,
          circumstances: event.circumstances,
          protectionActReferences: event.protectionActReferences,
          symmetricSanctionJustification: event.symmetricSanctionJustification,
          evidenceBasisFlags: event.evidenceBasisFlags,
          approvalDueOn: event.approvalDueOn,
          approvedOn: null,
          approvedBy: null,
          familiarizationDueOn: null,
          familiarizations: [],
        },
      };
    case 'ConclusionReturned':
      return {
        ...s,
        stage: 'investigation',
        conclusion: null,
        investigation: s.investigation ? { ...s.investigation, endedOn: null } : s.investigation,
        endedProceedings: s.endedProceedings.filter((p) => p.kind !== 'internal-investigation'),
      };
    case 'ActingHeadRecorded':
      return s.investigation
        ? {
            ...s,
            investigation: {
              ...s.investigation,
              actingHeads: [...(s.investigation.actingHeads ?? []), event.actingHead],
            },
          }
        : s;
    case 'ConclusionApproved':
      return s.conclusion
        ? {
            ...s,
            stage: 'conclusion-approved',
            conclusion: {
              ...s.conclusion,
              approvedOn: event.on,
              approvedBy: event.approvedBy,
              familiarizationDueOn: event.familiarizationDueOn,
            },
          }
        : s;
    case 'FamiliarizationRecorded': {
      if (!s.conclusion) return s;
      const familiarizations = [
        ...s.conclusion.familiarizations,
        { personRef: event.personRef, on: event.on, outcome: event.outcome },
      ];
      const all = subjectRefsOf(s).every((ref) => familiarizations.some((f) => f.personRef === ref));
      return {
        ...s,
        stage: all ? 'familiarized' : s.stage,
        conclusion: { ...s.conclusion, familiarizations },
      };
    }
    case 'CommissionSessionScheduled':
      return {
        ...s,
        stage: 'commission-scheduled',
        commission: {
          members: event.members,
          notifiedOn: event.on,
          sessionOn: event.sessionOn,
          heldOn: null,
          presentRefs: [],
          recommendations: [],
          protectionActReferences: {},
          symmetricSanctionJustification: null,
        },
      };
    case 'CommissionSessionHeld':
      return s.commission
        ? {
            ...s,
            stage: 'commission-decided',
            commission: {
              ...s.commission,
              heldOn: event.on,
              presentRefs: event.presentRefs,
              recommendations: event.recommendations,
              protectionActReferences: event.protectionActReferences,
              symmetricSanctionJustification: event.symmetricSanctionJustification,
              ...(event.minutes ? { minutes: event.minutes } : {}),
            },
          }
        : s;
    case 'OrderIssued':
      return {
        ...s,
        stage: 'order-issued',
        order: {
          issuedOn: event.on,
          issuedBy: event.issuedBy,
          basis: event.basis,
          collegiumDecisionRef: event.collegiumDecisionRef,
          findings: event.findings,
          notPenalizedRefs: event.notPenalizedRefs,
          symmetricSanctionJustification: event.symmetricSanctionJustification,
          announcementDueOn: event.announcementDueOn,
        },
        penalties: event.penalties,
      };
    case 'ProceedingsEnded':
      return { ...s, stage: 'closed', endedReason: event.reason, closedOn: event.on };
    case 'RestorationStarted':
      return { ...s, restorations: [...s.restorations, ...event.plans] };
    case 'SupportPlansOffered':
      return { ...s, supportPlanIds: [...s.supportPlanIds, ...event.plans.map((p) => p.planId)] };
    case 'WitnessSupportRequested':
      return { ...s, witnessSupportRequests: [...s.witnessSupportRequests, event.personRef] };
    case 'OrderAnnounced': {
      const penalties = s.penalties.map((p) =>
        p.personRef === event.personRef
          ? { ...p, announcedOn: event.on, announcement: event.outcome, appealDueOn: event.appealDueOn }
          : p,
      );
      const allAnnounced = penalties.every((p) => p.announcedOn !== null);
      return {
        ...s,
        penalties,
        stage: allAnnounced && s.stage === 'order-issued' ? 'penalty-active' : s.stage,
      };
    }
    case 'AppealFiled':
      return { ...s, appeals: [...s.appeals, event.appeal] };
    case 'AppealDecided': {
      const appeal = s.appeals.find((a) => a.appealId === event.appealId);
      const appeals = s.appeals.map((a) =>
        a.appealId === event.appealId
          ? { ...a, status: event.outcome, decidedOn: event.on, reason: event.reason }
          : a,
      );
      const withAppeal = { ...s, appeals };
      return event.outcome === 'cancelled' && appeal
        ? updatePenalty(withAppeal, appeal.penaltyId, (p) => ({
            ...p,
            status: 'cancelled',
            endedOn: event.on,
          }))
        : withAppeal;
    }
    case 'PenaltyLiftedEarly':
      return updatePenalty(s, event.penaltyId, (p) => ({ ...p, status: 'lifted-early', endedOn: event.on }));
    case 'PenaltyExpired':
      return updatePenalty(s, event.penaltyId, (p) => ({ ...p, status: 'expired', endedOn: event.on }));
    case 'CaseClosed':
      return { ...s, stage: 'closed', closedOn: event.on };
    case 'ProcedureDeadlineMissed':
    case 'DecisionEnvironmentMigrated':
      // Recorded for the timeline; the environment itself is the workflow's input, not case state.
      return s;
  }
}

/** Replays a history from the initial state. */
export const replay = (initial: CaseState, events: readonly CaseEvent[]): CaseState =>
  events.reduce(evolve, initial);
