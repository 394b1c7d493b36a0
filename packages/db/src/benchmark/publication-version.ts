import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../query-rows.js';
import { sendPrepared } from '../request/prepared-statement.js';

const VERSION_STATEMENT = sql`select coalesce(sum(version), 0)::text as version from publication_versions`;

/** Replicas' connections, each with the primary's that holds the version that counts. */
const primaryOfReplica = new WeakMap<Database, Database>();

/** Reads of the publication version on `replica` go to `primary` (see public-replicas.ts). */
export function readVersionOnPrimary(replica: Database, primary: Database): void {
  primaryOfReplica.set(replica, primary);
}

/**
 * The version of everything a public comparison may show (publicatieversie): the sum of
 * publication_versions, which the database's triggers raise in every transaction that changes a
 * public figure, a publication setting, a municipality, a merger or an indicator definition.
 * It only ever grows, and it grows with each such commit, so two reads that return the same
 * version saw the same published figures. One short statement; any scope may read it. Always
 * the primary's: work routed to a replica that reads it gets the primary's version.
 */
export async function readPublicationVersion(db: Database): Promise<string> {
  return readVersionHeldBy(primaryOfReplica.get(db) ?? db);
}

/** The publication version this very server holds (a replica's may lag the primary's). */
export async function readVersionHeldBy(db: Database): Promise<string> {
  const pending = sendPrepared(db, VERSION_STATEMENT);
  const [row] = (pending ? await pending : await queryRows(db, VERSION_STATEMENT)) as {
    version: string;
  }[];
  return row?.version ?? '0';
}
