export interface StaffLoad {
  readonly staffRef: string;
  readonly isLead: boolean;
  readonly openTasks: number;
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

const leastLoaded = (staff: readonly StaffLoad[]): string | null =>
  [...staff].sort((a, b) => a.openTasks - b.openTasks || a.staffRef.localeCompare(b.staffRef))[0]?.staffRef ??
  null;
