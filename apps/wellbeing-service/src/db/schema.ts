/** The one schema this service owns; nothing else in the database is reachable by its role. */
export const WELLBEING_SCHEMA = 'wellbeing';
