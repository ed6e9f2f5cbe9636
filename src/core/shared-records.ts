/**
 * The one rule between the scorer's speed code (core/scoring.ts, core/record-pool.ts)
 * and the JSON line writer's (render/result-line.ts). A record the scorer hands to
 * many results is `share`d: frozen, so that nothing can change it under another
 * result. The writer may print a shared record once and reuse that text for every
 * result that holds the same record; a record that is not shared is written each time.
 * So a shared record must be a function of what the scorer found it by, and nothing
 * else may freeze a record of a result.
 */
export function share<T extends object>(record: T): Readonly<T> {
  return Object.freeze(record);
}

/** Whether the writer may remember `record`'s text by its identity (see share). */
export function isShared(record: object): boolean {
  return Object.isFrozen(record);
}
