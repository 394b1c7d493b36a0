import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { sendPrepared } from '../request/prepared-statement.js';

const VERSION_STATEMENT = sql`select coalesce(sum(version), 0)::text as version from publication_versions`;

/**
 * The version of everything a public comparison may show (publicatieversie): the sum of
 * publication_versions, which the database's triggers raise in every transaction that changes a
 * public figure, a publication setting, a municipality, a merger or an indicator definition.
 * It only ever grows, and it grows with each such commit, so two reads that return the same
 * version saw the same published figures. One short statement; any scope may read it.
 */
export async function readPublicationVersion(db: Database): Promise<string> {
  const pending = sendPrepared(db, VERSION_STATEMENT);
  const [row] = (pending ? await pending : await queryRows(db, VERSION_STATEMENT)) as {
    version: string;
  }[];
  return row?.version ?? '0';
}
