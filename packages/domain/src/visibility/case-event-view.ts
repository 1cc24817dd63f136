import type { CaseEvent } from '../lifecycle/events';
import type { CaseState } from '../lifecycle/state';
import {
  accessTo,
  CASE_VIEW_RULES,
  ownCommissionParts,
  ownConclusionParts,
  type CaseViewer,
} from './case-view';

type ListField = {
  [K in keyof CaseState]: CaseState[K] extends readonly unknown[] ? K : never;
}[keyof CaseState];
type Item<K extends ListField> = CaseState[K][number];

/** A list as the reader may see it under the field's rule; null when the field is withheld altogether. */
function cut<K extends ListField>(
  field: K,
  items: readonly Item<K>[],
  viewer: CaseViewer,
  state: CaseState,
): Item<K>[] | null {
  const access = accessTo(field, viewer);
  if (access === 'none') return null;
  if (access === 'full') return [...items];
  const keep = CASE_VIEW_RULES[field].own!.keep as (
    v: readonly Item<K>[],
    w: CaseViewer,
    s: CaseState,
  ) => Item<K>[];
  return keep(items, viewer, state);
}

/** Whether the reader may see one entry of a list field (the same rule as the projection's). */
const sees = <K extends ListField>(field: K, item: Item<K>, viewer: CaseViewer, state: CaseState): boolean =>
  cut(field, [item], viewer, state)?.length === 1;

/** An event about one list's entries, cut to the reader's; dropped when nothing of it is theirs to see. */
function cutEvent<E extends CaseEvent, K extends ListField>(
  event: E,
  key: keyof E,
  field: K,
  viewer: CaseViewer,
  state: CaseState,
): E | null {
  const items = event[key] as readonly Item<K>[];
  const kept = cut(field, items, viewer, state);
  if (kept === null || (kept.length === 0 && items.length > 0)) return null;
  return { ...event, [key]: kept };
}

/** Whether the reader sees a field's entry about one person: whole access, or own access and it is them. */
const personal = (field: keyof CaseState, personRef: string, viewer: CaseViewer): boolean => {
  const access = accessTo(field, viewer);
  return access === 'full' || (access === 'own' && personRef === viewer.personRef);
};

const shown = (field: keyof CaseState, viewer: CaseViewer) => accessTo(field, viewer) !== 'none';

/**
 * One timeline event as the reader may see it, by the same rules as the projection (`caseViewFor`): null when the
 * event is not theirs to see at all (its mere existence would tell, e.g. an appeal tells of a penalty), else its
 * data cut to what the reader may see. `state` is the case's current projection (to find whose penalty an id names).
 */
export function caseEventViewFor(event: CaseEvent, viewer: CaseViewer, state: CaseState): CaseEvent | null {
  const me = viewer.personRef;
  const when = (visible: boolean) => (visible ? event : null);
  switch (event.type) {
    case 'CaseReported': {
      const allegations = cut('allegations', event.allegations, viewer, state) ?? [];
      const evidence = cut('evidence', event.evidence, viewer, state) ?? [];
      return { ...event, allegations, evidence };
    }
    case 'EvidenceBasisFlagsChanged':
      return cutEvent(event, 'flags', 'evidenceBasisFlags', viewer, state);
    case 'ExplanationsRequested':
      return when(shown('explanationDueOn', viewer));
    case 'ExplanationRecorded':
      return when(sees('explanations', event.explanation, viewer, state));
    case 'AllegationRecorded':
      return when(sees('allegations', event.allegation, viewer, state));
    case 'EvidenceAdded':
      return when(sees('evidence', event.item, viewer, state));
    case 'AbsenceRecorded':
      return when(sees('absences', event.absence, viewer, state));
    case 'ClockPauseStarted':
    case 'ClockPauseEnded':
      return when(shown('pauses', viewer));
    case 'InterestDeclared':
      return when(sees('interests', event.interest, viewer, state));
    case 'InvestigationOrdered': {
      const windows = event.protectionActWindows.filter((w) =>
        personal('protectionActs', w.personRef, viewer),
      );
      return { ...event, protectionActWindows: windows };
    }
    case 'InvestigatorReplaced':
    case 'InvestigationExtended':
    case 'ActingHeadRecorded':
      return when(shown('investigation', viewer));
    case 'SubjectSuspended':
      return when(sees('suspensions', event.suspension, viewer, state));
    case 'SuspensionAnnounced': {
      const suspension = state.suspensions.find((x) => x.personRef === event.personRef);
      return when(suspension !== undefined && sees('suspensions', suspension, viewer, state));
    }
    case 'PolygraphRecorded':
      return when(sees('polygraphs', { personRef: event.personRef, on: event.on }, viewer, state));
    case 'MaterialsHandedOver':
      return when(shown('handedOverTo', viewer));
    case 'ProtectionActFiled':
    case 'ProtectionActExtensionRequested':
    case 'ProtectionActExtensionDecided':
    case 'ProtectionActWindowMoved':
    case 'ProtectionActItemAnswered':
      return when(personal('protectionActs', event.personRef, viewer));
    case 'ConclusionSubmitted': {
      const access = accessTo('conclusion', viewer);
      if (access !== 'own') return when(access === 'full');
      return ownConclusionParts(event, me);
    }
    case 'ConclusionReturned':
      // Why a draft went back is between the head and the investigator.
      return when(accessTo('conclusion', viewer) === 'full');
    case 'ConclusionApproved':
      return when(shown('conclusion', viewer));
    case 'FamiliarizationRecorded':
      return when(personal('conclusion', event.personRef, viewer));
    case 'CommissionSessionScheduled':
      return when(shown('commission', viewer));
    case 'CommissionSessionHeld': {
      const access = accessTo('commission', viewer);
      if (access !== 'own') return when(access === 'full');
      return ownCommissionParts(event, viewer);
    }
    case 'OrderIssued': {
      const access = accessTo('order', viewer);
      if (access === 'none') return null;
      const penalties = cut('penalties', event.penalties, viewer, state) ?? [];
      if (access === 'full') return { ...event, penalties };
      return {
        ...event,
        penalties,
        findings: event.findings.filter((f) => f.personRef === me),
        notPenalizedRefs: event.notPenalizedRefs.filter((r) => r === me),
        symmetricSanctionJustification: null,
      };
    }
    case 'ProceedingsEnded':
      // The outcome of the report (no penalty in it): everyone related learns it; findings per person (art. 42).
      return accessTo('order', viewer) === 'full'
        ? event
        : { ...event, findings: event.findings.filter((f) => f.personRef === me) };
    case 'RestorationStarted':
      return cutEvent(event, 'plans', 'restorations', viewer, state);
    case 'SupportPlansOffered': {
      const ids = cut(
        'supportPlanIds',
        event.plans.map((p) => p.planId),
        viewer,
        state,
      );
      const plans = event.plans.filter((p) => ids?.includes(p.planId));
      return plans.length > 0 || (ids !== null && event.plans.length === 0) ? { ...event, plans } : null;
    }
    case 'WitnessSupportRequested':
      return when(sees('witnessSupportRequests', event.personRef, viewer, state));
    case 'OrderAnnounced':
      return when(personal('penalties', event.personRef, viewer));
    case 'AppealFiled':
      return when(sees('appeals', event.appeal, viewer, state));
    case 'AppealDecided': {
      const appeal = state.appeals.find((a) => a.appealId === event.appealId);
      return when(
        accessTo('appeals', viewer) === 'full' ||
          (appeal !== undefined && sees('appeals', appeal, viewer, state)),
      );
    }
    case 'PenaltyLiftedEarly':
    case 'PenaltyExpired': {
      const penalty = state.penalties.find((p) => p.penaltyId === event.penaltyId);
      return when(
        accessTo('penalties', viewer) === 'full' ||
          (penalty !== undefined && sees('penalties', penalty, viewer, state)),
      );
    }
    case 'CaseClosed':
      return when(shown('closedOn', viewer));
    case 'DecisionEnvironmentMigrated':
    case 'ProcedureDeadlineMissed':
      // A missed procedural term is a guarantee of the procedure: deciders and subjects, like the clocks.
      return when(shown('pauses', viewer));
  }
}

/** The timeline as the reader may see it, in order; events not theirs to see are left out. */
export const caseTimelineFor = (
  events: readonly CaseEvent[],
  viewer: CaseViewer,
  state: CaseState,
): CaseEvent[] =>
  events.flatMap((e) => {
    const seen = caseEventViewFor(e, viewer, state);
    return seen ? [seen] : [];
  });
