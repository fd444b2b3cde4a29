/** The time, as a port: the core never reads the system clock itself (tests fix it). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
