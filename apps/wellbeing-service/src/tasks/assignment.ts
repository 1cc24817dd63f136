import { type StaffKind } from '../db/entities/unit-staff.entity';

export interface StaffLoad {
  readonly staffRef: string;
  readonly isLead: boolean;
  readonly openTasks: number;
  /** Absent: plain wellbeing staff. */
  readonly staffRole?: StaffKind;
}

/**
 * Who gets a check-in task in a unit. Check-ins and their answers belong to wellbeing staff
 * (psychologists), never to the HR inspector, who also serves the personnel side. Escalations go to the unit
 * lead if the lead is wellbeing staff, else to the least-loaded wellbeing staff member. Ordinary check-ins go
 * to the least-loaded non-lead wellbeing staff member (ties by name, so the choice is stable), else the
 * lead. Null when the unit has no wellbeing staff mapped: the task waits in the shared queue that wellbeing
 * staff see.
 */
export function pickAssignee(staff: readonly StaffLoad[], escalated: boolean): string | null {
  const wellbeing = staff.filter(isWellbeingStaff);
  const lead = wellbeing.find((s) => s.isLead)?.staffRef ?? null;
  if (escalated) return lead ?? leastLoaded(wellbeing);
  return leastLoaded(wellbeing.filter((s) => !s.isLead)) ?? lead;
}

const isWellbeingStaff = (s: StaffLoad): boolean => (s.staffRole ?? 'wellbeing-staff') === 'wellbeing-staff';

/**
 * Who gets a restoration follow-up (an HR support follow-up): the unit's least-loaded HR inspector, else
 * as an ordinary task (a unit without an HR inspector mapped still gets the follow-up done).
 */
export function pickHrAssignee(staff: readonly StaffLoad[]): string | null {
  return leastLoaded(staff.filter((s) => s.staffRole === 'hr-inspector')) ?? pickAssignee(staff, false);
}

const leastLoaded = (staff: readonly StaffLoad[]): string | null =>
  [...staff].sort((a, b) => a.openTasks - b.openTasks || a.staffRef.localeCompare(b.staffRef))[0]?.staffRef ??
  null;
