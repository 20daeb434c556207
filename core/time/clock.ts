/** Where the domain reads the time, so deadline and reminder tests need no sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests move by hand. */
export function fixedClock(start: Date): Clock & { set(date: Date): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (date) => void (current = new Date(date)),
    advance: (ms) => void (current = new Date(current.getTime() + ms)),
  };
}
