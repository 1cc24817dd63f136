/** Injection tokens for the service's infrastructure. */
export const CONFIG = Symbol('CasesConfig');
export const DATA_SOURCE = Symbol('DataSource');
export const KAFKA = Symbol('Kafka');
export const CLOCK = Symbol('Clock');
