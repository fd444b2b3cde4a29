/** The order of sessions everywhere: newest first by start time, the id breaking ties. */
/** Newest first by start time; the id breaks ties, so the order is stable. */
export const newestFirst = (a: { startedAt: string; id: string }, b: { startedAt: string; id: string }): number => {
  const d = Date.parse(b.startedAt) - Date.parse(a.startedAt);
  return d !== 0 ? d : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
};

/** The entries newest first, as a new list; each start time is parsed once (it matters for 50,000 entries). */
export const sortNewestFirst = <T extends { startedAt: string; id: string }>(list: readonly T[]): T[] =>
  list
    .map((e) => ({ e, t: Date.parse(e.startedAt) }))
    .sort((a, b) => b.t - a.t || (a.e.id < b.e.id ? 1 : a.e.id > b.e.id ? -1 : 0))
    .map((x) => x.e);
