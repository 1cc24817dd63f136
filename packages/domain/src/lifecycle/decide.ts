import { domainError } from '../errors/domain-error';
import { err, ok } from '../result';
import { compareInstants, isInstant, kazakhstanDateOf, type Instant } from '../time/instant';
import type { CaseCommand, CaseCommandType } from './commands';
import {
  DEFAULT_ENVIRONMENT,
  invalid,
  reject,
  rulesSince,
  type Decision,
  type DecisionContext,
  type DecisionEnvironment,
} from './context';
import { scheduleCommissionSession, holdCommissionSession } from './decide-commission';
import {
  approveConclusion,
  recordActingHead,
  recordFamiliarization,
  returnConclusion,
  submitConclusion,
} from './decide-conclusion';
import {
  addEvidence,
  declareInterest,
  endClockPause,
  recordAbsence,
  recordAllegation,
  recordExplanation,
  reportCase,
  requestExplanations,
  requestWitnessSupport,
  startClockPause,
} from './decide-intake';
import {
  answerProtectionActItem,
  decideProtectionActExtension,
  extendInvestigation,
  fileProtectionAct,
  handOverToCompetentBody,
  orderInvestigation,
  recordPolygraph,
  recordSuspensionAnnouncement,
  replaceInvestigator,
  requestProtectionActExtension,
  suspendFromDuty,
} from './decide-investigation';
import { endProceedings, issueOrder } from './decide-order';
import { migrateDecisionEnvironment } from './decide-environment';
import {
  decideAppeal,
  expirePenalty,
  fileAppeal,
  liftPenaltyEarly,
  recordOrderAnnouncement,
} from './decide-penalty';
import type { CaseStage, CaseState } from './state';
import { FAST_TRACK_STAGES, separateTracks } from './tracks';
import { GAP_COMMANDS, withWindowsFollowingGaps } from './window-gaps';

const OPEN: readonly CaseStage[] = [
  'reported',
  'explanation-requested',
  'investigation',
  'conclusion-submitted',
  'conclusion-approved',
  'familiarized',
  'commission-scheduled',
  'commission-decided',
  'order-issued',
  'penalty-active',
];
const BEFORE_ORDER = OPEN.slice(0, 8);
const BEFORE_CONCLUSION = OPEN.slice(0, 3);
const PENALTY_PHASE: readonly CaseStage[] = ['order-issued', 'penalty-active'];

/** The stages in which each command is lawful; everything else is COMMAND_NOT_ALLOWED_IN_STAGE. */
export const ALLOWED_STAGES: Readonly<Record<CaseCommandType, readonly CaseStage[]>> = {
  ReportCase: ['none'],
  RequestExplanations: ['reported'],
  RecordExplanation: ['explanation-requested'],
  RecordAllegation: BEFORE_CONCLUSION,
  AddEvidence: BEFORE_CONCLUSION,
  RecordAbsence: OPEN,
  StartClockPause: BEFORE_ORDER,
  EndClockPause: OPEN,
  DeclareInterest: BEFORE_ORDER,
  OrderInvestigation: ['explanation-requested'],
  ReplaceInvestigator: ['investigation'],
  ExtendInvestigation: ['investigation'],
  SuspendFromDuty: ['investigation'],
  RecordSuspensionAnnouncement: OPEN,
  RecordPolygraph: ['investigation'],
  HandOverToCompetentBody: ['investigation'],
  FileProtectionAct: ['investigation'],
  RequestProtectionActExtension: ['investigation'],
  DecideProtectionActExtension: ['investigation'],
  AnswerProtectionActItem: ['investigation'],
  SubmitConclusion: ['investigation'],
  ReturnConclusion: ['conclusion-submitted'],
  RecordActingHead: ['investigation', 'conclusion-submitted'],
  ApproveConclusion: ['conclusion-submitted'],
  RecordFamiliarization: ['conclusion-approved'],
  ScheduleCommissionSession: ['familiarized', 'commission-scheduled'],
  HoldCommissionSession: ['commission-scheduled'],
  IssueOrder: ['explanation-requested', 'familiarized', 'commission-decided'],
  EndProceedings: BEFORE_ORDER,
  RecordOrderAnnouncement: ['order-issued'],
  FileAppeal: PENALTY_PHASE,
  DecideAppeal: PENALTY_PHASE,
  LiftPenaltyEarly: PENALTY_PHASE,
  ExpirePenalty: PENALTY_PHASE,
  RequestWitnessSupport: [...OPEN, 'closed'],
  MigrateDecisionEnvironment: OPEN,
};

/** Commands about an order already issued on the fast track: lawful while another subject's track is open. */
const PENALTY_COMMANDS: ReadonlySet<CaseCommandType> = new Set([
  'RecordOrderAnnouncement',
  'FileAppeal',
  'DecideAppeal',
  'LiftPenaltyEarly',
  'ExpirePenalty',
]);

/**
 * With separate tracks (rule revision 2) a subject's fast-track order may be issued while the others'
 * investigation runs, and that order's penalties are announced, appealed and end meanwhile.
 */
function allowedOnOwnTrack(state: CaseState, type: CaseCommandType, env: DecisionEnvironment): boolean {
  if (!separateTracks(env) || !OPEN.includes(state.stage)) return false;
  if (type === 'IssueOrder') return FAST_TRACK_STAGES.includes(state.stage);
  return PENALTY_COMMANDS.has(type) && state.penalties.length > 0;
}

function route(ctx: DecisionContext, c: CaseCommand): Decision {
  switch (c.type) {
    case 'ReportCase':
      return reportCase(ctx, c);
    case 'RequestExplanations':
      return requestExplanations(ctx);
    case 'RecordExplanation':
      return recordExplanation(ctx, c);
    case 'RecordAllegation':
      return recordAllegation(ctx, c);
    case 'AddEvidence':
      return addEvidence(ctx, c);
    case 'RecordAbsence':
      return recordAbsence(ctx, c);
    case 'StartClockPause':
      return startClockPause(ctx, c);
    case 'EndClockPause':
      return endClockPause(ctx, c);
    case 'DeclareInterest':
      return declareInterest(ctx, c);
    case 'OrderInvestigation':
      return orderInvestigation(ctx, c);
    case 'ReplaceInvestigator':
      return replaceInvestigator(ctx, c);
    case 'ExtendInvestigation':
      return extendInvestigation(ctx, c);
    case 'SuspendFromDuty':
      return suspendFromDuty(ctx, c);
    case 'RecordSuspensionAnnouncement':
      return recordSuspensionAnnouncement(ctx, c);
    case 'RecordPolygraph':
      return recordPolygraph(ctx, c);
    case 'HandOverToCompetentBody':
      return handOverToCompetentBody(ctx, c);
    case 'FileProtectionAct':
      return fileProtectionAct(ctx, c);
    case 'RequestProtectionActExtension':
      return requestProtectionActExtension(ctx, c);
    case 'DecideProtectionActExtension':
      return decideProtectionActExtension(ctx, c);
    case 'AnswerProtectionActItem':
      return answerProtectionActItem(ctx, c);
    case 'SubmitConclusion':
      return submitConclusion(ctx, c);
    case 'ReturnConclusion':
      return returnConclusion(ctx, c);
    case 'RecordActingHead':
      return recordActingHead(ctx, c);
    case 'ApproveConclusion':
      return approveConclusion(ctx, c);
    case 'RecordFamiliarization':
      return recordFamiliarization(ctx, c);
    case 'ScheduleCommissionSession':
      return scheduleCommissionSession(ctx, c);
    case 'HoldCommissionSession':
      return holdCommissionSession(ctx, c);
    case 'IssueOrder':
      return issueOrder(ctx, c);
    case 'EndProceedings':
      return endProceedings(ctx, c);
    case 'RecordOrderAnnouncement':
      return recordOrderAnnouncement(ctx, c);
    case 'FileAppeal':
      return fileAppeal(ctx, c);
    case 'DecideAppeal':
      return decideAppeal(ctx, c);
    case 'LiftPenaltyEarly':
      return liftPenaltyEarly(ctx, c);
    case 'ExpirePenalty':
      return expirePenalty(ctx, c);
    case 'RequestWitnessSupport':
      return requestWitnessSupport(ctx, c);
    case 'MigrateDecisionEnvironment':
      return migrateDecisionEnvironment(ctx, c);
  }
}

/**
 * The lifecycle decider: given the case, a command and the current instant, either the events that
 * follow or the typed error (stable code + legal citation) that forbids it. Pure; time is an input.
 */
export function decide(
  state: CaseState,
  command: CaseCommand,
  now: Instant,
  env: DecisionEnvironment = DEFAULT_ENVIRONMENT,
): Decision {
  if (!isInstant(now)) return invalid('NOW_NOT_AN_INSTANT');
  if (state.lastEventAt !== null && compareInstants(now, state.lastEventAt) < 0) {
    return reject('TIME_WENT_BACKWARDS', { now, last: state.lastEventAt });
  }
  const allowed = ALLOWED_STAGES[command?.type];
  if (!allowed) return err(domainError('INVALID_COMMAND', { reason: 'UNKNOWN_COMMAND_TYPE' }));
  if (!allowed.includes(state.stage) && !allowedOnOwnTrack(state, command.type, env)) {
    return reject('COMMAND_NOT_ALLOWED_IN_STAGE', { command: command.type, stage: state.stage });
  }
  const today = kazakhstanDateOf(now);
  const ctx: DecisionContext = { state, now, today, env, meta: { caseId: state.caseId, at: now, on: today } };
  const decision = route(ctx, command);
  return decision.ok && GAP_COMMANDS.has(command.type) && rulesSince(env, 1)
    ? ok(withWindowsFollowingGaps(ctx, decision.value))
    : decision;
}
