/**
 * The time zone of one run, for the dates a person reads (a day, a month, an hour) and the days they
 * type (`--from 2026-11-03`, `--at "2026-11-03 14:00"`). main() runs each command inside
 * `inTimeZone(io's zone, …)`; the zone is carried with that run's async work, not set on the process, so
 * two runs in one process may overlap with different zones. With no zone given, the process's local time
 * is used, as a plain Date does.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { TZDate } from '@date-fns/tz';

const zoneOfRun = new AsyncLocalStorage<string | undefined>();

/** Whether `zone` is a time zone Intl knows (an IANA name such as Europe/Amsterdam, or UTC). */
export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** Runs `fn` with `zone` as the local time zone of everything it formats or reads as a day. */
export const inTimeZone = <T>(zone: string | undefined, fn: () => T): T => zoneOfRun.run(zone, fn);

/** `d` as the local time of this run: its getDate(), getHours() … and date-fns' format() read that zone. For showing only. */
export const local = (d: Date): Date => {
  const zone = zoneOfRun.getStore();
  return zone === undefined ? d : new TZDate(d.getTime(), zone);
};

/** The moment of a local date and time in this run's zone (months from 0, as Date's), as a plain Date. */
export const localMoment = (y: number, month: number, day = 1, h = 0, mi = 0, s = 0): Date => {
  const zone = zoneOfRun.getStore();
  const d = zone === undefined ? new Date(2000, 0, 1) : TZDate.tz(zone, 2000, 0, 1);
  // setFullYear, not the constructor: that reads years 0–99 as 1900–1999
  d.setFullYear(y, month, day);
  d.setHours(h, mi, s, 0);
  return new Date(d.getTime());
};
