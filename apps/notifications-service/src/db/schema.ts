/** The schema notifications-service owns; nothing else writes to it. */
export const NOTIFICATIONS_SCHEMA = 'notifications';
