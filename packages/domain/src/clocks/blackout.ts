import { domainError, type DomainError } from '../errors/domain-error';
import { addDays, type LocalDate } from '../time/local-date';
import { blackoutOn, type Absence } from './absences';

/** art. 57 p.14: a penalty date must not fall into the person's blackout. */
export function checkNotInBlackout(
  absences: readonly Absence[],
  personRef: string,
  date: LocalDate,
): DomainError | undefined {
  const hit = blackoutOn(absences, personRef, date);
  return hit
    ? domainError('PENALTY_DATE_IN_BLACKOUT', { person: personRef, on: date, absence: hit.kind })
    : undefined;
}

/** The first day on or after `from` on which a penalty may be imposed on the person. */
export function nextImposableDate(
  absences: readonly Absence[],
  personRef: string,
  from: LocalDate,
): LocalDate {
  let date = from;
  for (let hit = blackoutOn(absences, personRef, date); hit; hit = blackoutOn(absences, personRef, date)) {
    date = addDays(hit.to, 1);
  }
  return date;
}
