/** Injection tokens for the service's infrastructure. */
export const CONFIG = Symbol('WellbeingConfig');
export const DATA_SOURCE = Symbol('DataSource');
export const KAFKA = Symbol('Kafka');
export const CLOCK = Symbol('Clock');
export const CONSUMER_TUNING = Symbol('ConsumerTuning');
