import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../database.js';
import { sendPrepared } from './prepared-statement.js';

/** Who acted in a request, as every audit row of it says (wie). */
export interface AuditActor {
  readonly municipalityId: string;
  /** The person's subject at their identity provider, or a token's or API key's subject. */
  readonly actor: string;
  /** The identity provider's issuer, or wijknet's own for its tokens and keys. */
  readonly actorIssuer: string;
  /** The person's name where the provider gave one, or an API key's label. */
  readonly actorName: string | null;
  readonly role: string;
  /** Ties the rows of one request together, and to its log lines. */
  readonly requestId: string;
  /** The GraphQL operation that read or wrote (`query CaseloadPage (plans)`): through what. */
  readonly operation: string;
}

/** One read or write of household-level data (wat). */
export interface AuditEntry {
  readonly action: 'read' | 'write';
  readonly subjectType: 'household' | 'plan';
  readonly subjectId: string;
}

/** The entries by action and kind of subject: one audit row each, listing its subjects. */
function groupedEntries(entries: readonly AuditEntry[]) {
  const groups = new Map<string, { action: string; subject_type: string; subject_ids: string[] }>();
  for (const entry of entries) {
    const key = `${entry.action}:${entry.subjectType}`;
    let group = groups.get(key);
    if (!group) {
      group = { action: entry.action, subject_type: entry.subjectType, subject_ids: [] };
      groups.set(key, group);
    }
    group.subject_ids.push(entry.subjectId);
  }
  return [...groups.values()];
}

/**
 * The insert of a request's audit rows, one per row of `subjects`: a query of `action`,
 * `subject_type` and `subject_ids` (text[]). The time (wanneer) is the database's own.
 */
export function auditRowsInsert(actor: AuditActor, subjects: SQL): SQL {
  return sql`insert into audit_log
      (municipality_id, actor, actor_issuer, actor_name, role, action, subject_type, subject_ids,
       operation, details)
    select ${actor.municipalityId}, ${actor.actor}, ${actor.actorIssuer}, ${actor.actorName},
      ${actor.role}, row.action, row.subject_type, row.subject_ids, ${actor.operation},
      ${`request ${actor.requestId}`}
    from (${subjects}) as row`;
}

/**
 * Writes a request's audit log in one statement of fixed text: a row per action and kind of
 * subject, listing every subject, so a page of fifty plans and their households is two rows and
 * the commit waits for little WAL. The rows travel as one JSON parameter, so on Postgres the
 * statement is prepared once per connection and sent without a round trip to describe it.
 */
export async function writeAuditRows(
  db: Database,
  actor: AuditActor,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const statement = auditRowsInsert(
    actor,
    sql`select * from jsonb_to_recordset(${JSON.stringify(groupedEntries(entries))}::text::jsonb)
      as row(action text, subject_type text, subject_ids text[])`,
  );
  await (sendPrepared(db, statement) ?? db.execute(statement));
}
