import { readVersionHeldBy, readVersionOnPrimary } from './benchmark/publication-version.js';
import type { Database } from './query-rows.js';

interface Replica {
  readonly db: Database;
  /** The highest publication version seen on it; versions only grow, so it holds at least this. */
  seen: bigint;
}

/** Per database, its streaming replicas' connections in the institute's scope, tried in turn. */
const replicaSets = new WeakMap<Database, { replicas: readonly Replica[]; next: number }>();

/** How public reads were answered since start: on a replica, or on the primary as a fallback. */
const counts = { replica: 0, primary: 0 };

/** Public reads answered on a replica and on the primary since start. */
export function readPublicReadCounts(): Readonly<typeof counts> {
  return { ...counts };
}

/**
 * Lets public reads (the institute's scope: published figures only) of `db` go to streaming
 * replicas; `primary` is db's own connections in that scope. See `publicReaderFor`.
 */
export function usePublicReplicas(
  db: Database,
  primary: Database,
  replicas: readonly Database[],
): void {
  if (replicas.length === 0) return;
  for (const replica of replicas) readVersionOnPrimary(replica, primary);
  replicaSets.set(db, { replicas: replicas.map((each) => ({ db: each, seen: -1n })), next: 0 });
}

/**
 * Where a public read runs: on the next replica in turn that holds at least the publication
 * version the primary holds now, so no answer is older than the figures the primary would give;
 * when none has caught up (or none answers), on the primary. One short statement on the primary,
 * and one on the replica only when it was last seen behind.
 */
export async function publicReaderFor(db: Database, primary: Database): Promise<Database> {
  const set = replicaSets.get(db);
  if (!set) return primary;
  const wanted = BigInt(await readVersionHeldBy(primary));
  for (let tried = 0; tried < set.replicas.length; tried++) {
    const replica = set.replicas[set.next] as Replica;
    set.next = (set.next + 1) % set.replicas.length;
    if (replica.seen < wanted) {
      const held = await readVersionHeldBy(replica.db).then(BigInt, () => -1n);
      if (held > replica.seen) replica.seen = held;
    }
    if (replica.seen >= wanted) {
      counts.replica += 1;
      return replica.db;
    }
  }
  counts.primary += 1;
  return primary;
}
