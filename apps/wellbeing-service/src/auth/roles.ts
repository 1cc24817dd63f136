import { type Role } from '@qorgau/service-kit';

/** Wellbeing and HR staff: tasks, contact log, referrals, assault-on-duty plans. */
export const STAFF_ROLES: Role[] = ['wellbeing-staff', 'hr-inspector'];
/** Aggregated, k-anonymous statistics only. */
export const STATS_ROLES: Role[] = ['auditor', 'admin'];

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
