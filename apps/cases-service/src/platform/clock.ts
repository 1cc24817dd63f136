/** Time is an input: tests move it, production reads the system clock once per use. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
