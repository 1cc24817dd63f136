/** Injection tokens of things that are not classes. */
export const CONFIG = Symbol('notifications.config');
export const DATA_SOURCE = Symbol('notifications.dataSource');
export const KAFKA = Symbol('notifications.kafka');
