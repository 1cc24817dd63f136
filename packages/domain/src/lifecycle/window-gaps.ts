import { windowMoved, windowWithGaps, type PreparationGap } from '../protection-act/window';
import type { CaseCommandType } from './commands';
import type { DecisionContext } from './context';
import type { CaseEvent } from './events';
import { evolve } from './evolve';
import type { CaseState } from './state';

/** The commands that can change when a subject could prepare: absences, clock pauses, extensions. */
export const GAP_COMMANDS: ReadonlySet<CaseCommandType> = new Set<CaseCommandType>([
  'RecordAbsence',
  'StartClockPause',
  'EndClockPause',
  'HandOverToCompetentBody',
  'DecideProtectionActExtension',
]);

/**
 * Days `personRef` cannot prepare a Protection Act: their own absences (a business trip for this very case is
 * time spent on the case, not away from it) and every pause of the case's clocks.
 */
export const preparationGapsOf = (s: CaseState, personRef: string): PreparationGap[] => [
  ...s.absences
    .filter((a) => a.personRef === personRef && !(a.kind === 'business-trip' && a.caseRelated === true))
    .map((a) => ({ from: a.from, to: a.to })),
  ...s.pauses.map((p) => (p.to === undefined ? { from: p.from } : { from: p.from, to: p.to })),
];

/**
 * The Protection Act windows follow the subject's absences and the case's pauses like the investigation month
 * does (art. 58 p.4, art. 57 p.15): after `events`, each window that now closes differently is moved, so the
 * officer never loses guaranteed preparation time to sick leave or a pause.
 */
export function withWindowsFollowingGaps(ctx: DecisionContext, events: CaseEvent[]): CaseEvent[] {
  const next = events.reduce(evolve, ctx.state);
  if (next.stage !== 'investigation') return events;
  const moved: CaseEvent[] = next.protectionActs.flatMap((record) => {
    const window = windowWithGaps(
      ctx.env.calendar,
      record.window,
      preparationGapsOf(next, record.personRef),
      ctx.env.policy.protectionAct,
    );
    return windowMoved(record.window, window)
      ? [{ type: 'ProtectionActWindowMoved' as const, ...ctx.meta, personRef: record.personRef, window }]
      : [];
  });
  return [...events, ...moved];
}
