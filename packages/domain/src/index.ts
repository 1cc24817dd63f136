/**
 * @qorgau/domain: every legal and fairness rule of Qorgau once, as pure functions with time as an input.
 * No I/O, no clock reads, no Node built-ins: safe inside Temporal workflow code.
 */
export * from './result';
export * from './policy';
export * from './errors';
export * from './time/local-date';
export * from './time/instant';
export * from './time/period';
export * from './calendar';
export * from './clocks';
export * from './penalties';
export * from './commission';
export * from './protection-act';
export * from './fairness';
export * from './support';
export * from './lifecycle';
export * from './visibility';
export * from './decision-environment';
