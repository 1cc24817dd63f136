import type { LocalDate } from '../time/local-date';
import { periodContains } from '../time/period';
import type { ClockPause } from './clock';

/** A person's valid absence from service. */
export type AbsenceKind =
  | 'sick-leave'
  | 'vacation'
  | 'business-trip'
  | 'medical-treatment'
  | 'other-valid-absence';

export interface Absence {
  readonly personRef: string;
  readonly kind: AbsenceKind;
  readonly from: LocalDate;
  readonly to: LocalDate;
  /** A business trip for this very case (e.g. to the commission) is no blackout (art. 57 p.14: "unrelated"). */
  readonly caseRelated?: boolean;
}

export const BLACKOUT_CITATION = 'art. 57 p.14';

/**
 * art. 57 p.14: no penalty during incapacity for work (sick leave, medical treatment), vacation, or a
 * business trip unrelated to the case. Other valid absences pause the investigation month (art. 58 p.4)
 * but are no blackout.
 */
export const isBlackoutAbsence = (a: Absence): boolean =>
  a.kind === 'sick-leave' ||
  a.kind === 'medical-treatment' ||
  a.kind === 'vacation' ||
  (a.kind === 'business-trip' && a.caseRelated !== true);

/** The blackout absence of `personRef` covering `date`, if any. */
export const blackoutOn = (
  absences: readonly Absence[],
  personRef: string,
  date: LocalDate,
): Absence | undefined =>
  absences.find((a) => a.personRef === personRef && isBlackoutAbsence(a) && periodContains(a, date));

/** Blackout absences also pause the limitation clocks (art. 57 p.15). */
export const absencesAsPauses = (absences: readonly Absence[]): ClockPause[] =>
  absences.filter(isBlackoutAbsence).map((a) => ({ cause: a.kind, from: a.from, to: a.to }));
