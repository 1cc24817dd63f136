import { type StaffKind } from '../db/entities/unit-staff.entity';

export interface StaffLoad {
  readonly staffRef: string;
  readonly isLead: boolean;
  readonly openTasks: number;
  /** Absent: plain wellbeing staff. */
  readonly staffRole?: StaffKind;
}

/**
 * Who gets a task in a unit. Escalations go to the unit lead. Ordinary check-ins go to the least-loaded
 * non-lead member (ties by name, so the choice is stable), else the lead; null when the unit has no
 * staff mapped, which leaves the task in the shared queue every staff member sees.
 */
export function pickAssignee(staff: readonly StaffLoad[], escalated: boolean): string | null {
  const lead = staff.find((s) => s.isLead)?.staffRef ?? null;
  if (escalated) return lead ?? leastLoaded(staff);
  return leastLoaded(staff.filter((s) => !s.isLead)) ?? lead;
}

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
