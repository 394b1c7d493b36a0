import { sql } from 'drizzle-orm';
import type { Database } from '../database.js';
import { sendPrepared } from './prepared-statement.js';

/** Who acted in a request, as every audit row of it says (wie). */
export interface AuditActor {
  readonly municipalityId: string;
  /** The token's subject. */
  readonly actor: string;
  readonly role: string;
  /** Ties the rows of one request together, and to its log lines. */
  readonly requestId: string;
}

/** One read or write of household-level data (wat). */
export interface AuditRow {
  readonly action: 'read' | 'write';
  readonly subjectType: 'household' | 'plan';
  readonly subjectId: string;
}

/**
 * Writes a request's audit rows in one statement of fixed text, whatever their number: the rows
 * travel as one JSON parameter, so on Postgres the statement is prepared once per connection and
 * sent without a round trip to describe it. The time (wanneer) is the database's own.
 */
export async function writeAuditRows(
  db: Database,
  actor: AuditActor,
  rows: readonly AuditRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const statement = sql`insert into audit_log
      (municipality_id, actor, role, action, subject_type, subject_id, details)
    select ${actor.municipalityId}, ${actor.actor}, ${actor.role},
      row.action, row.subject_type, row.subject_id, ${`request ${actor.requestId}`}
    from jsonb_to_recordset(${JSON.stringify(
      rows.map((row) => ({
        action: row.action,
        subject_type: row.subjectType,
        subject_id: row.subjectId,
      })),
    )}::text::jsonb) as row(action text, subject_type text, subject_id text)`;
  await (sendPrepared(db, statement) ?? db.execute(statement));
}
