import { share } from "./shared-records";

/**
 * Records that many results share (see shared-records.ts), found by a table number and a numeric
 * key, up to a fixed number in all. A batch scores a million answer sets whose
 * small records (one competency's line, one level's fit, one gap) mostly repeat:
 * sharing them saves the allocations, and the JSON line writer prints each once.
 * A record must be a function of its table and key alone.
 */
export class RecordPool<T extends object> {
  private readonly tables: (Map<number, T> | undefined)[] = [];
  private size = 0;

  constructor(private readonly capacity: number) {}

  find(table: number, key: number): T | undefined {
    return this.tables[table]?.get(key);
  }

  /** `record`, shared and kept for later finds while the pool has room (else as it is). */
  keep(table: number, key: number, record: T): T {
    if (this.size >= this.capacity) return record;
    let entries = this.tables[table];
    if (entries === undefined) {
      entries = new Map();
      this.tables[table] = entries;
    }
    entries.set(key, share(record));
    this.size += 1;
    return record;
  }
}
