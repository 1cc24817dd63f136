import { type Role } from '@qorgau/service-kit';

/** Wellbeing and HR staff: tasks, contact log, referrals, assault-on-duty plans. */
export const STAFF_ROLES: Role[] = ['wellbeing-staff', 'hr-inspector'];
/**
 * Aggregated, k-anonymous statistics: the auditor and admin (nothing else of wellbeing), and the wellbeing staff
 * for their desk's charts (they see every record already; the aggregate reveals nothing more).
 */
export const STATS_ROLES: Role[] = ['auditor', 'admin', 'wellbeing-staff'];

/**
 * The disciplinary side of the wall. No route names any of these roles; the wall test proves that every
 * route refuses them.
 */
export const DISCIPLINARY_ROLES: Role[] = [
  'investigator',
  'head',
  'commission-member',
  'commission-chair',
  'commission-secretary',
  'higher-official',
];
