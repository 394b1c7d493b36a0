import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { csvLine } from '../export/csv-format.js';

/** What the privacy officer asks of the audit log: a period, a subject (who), a household. */
export interface AuditLogFilter {
  readonly municipalityId: string;
  /** First day, YYYY-MM-DD, inclusive. */
  readonly from?: string | undefined;
  /** Last day, YYYY-MM-DD, inclusive. */
  readonly to?: string | undefined;
  /** Only what this token subject or person did. */
  readonly actor?: string | undefined;
  /** Only rows about this household: its own reads and writes, and those of its plans. */
  readonly householdId?: string | undefined;
  /** At most this many rows, newest first. */
  readonly limit: number;
}

/** One row of the audit log: who read or wrote which households or plans, when, through what. */
export interface AuditLogEntry {
  readonly id: string;
  /** ISO 8601 with offset. */
  readonly occurredAt: string;
  readonly actor: string;
  readonly role: string;
  /** read or write. */
  readonly action: string;
  /** household or plan. */
  readonly subjectType: string;
  readonly subjectIds: readonly string[];
  /** The GraphQL operation; null for rows written before it was kept. */
  readonly operation: string | null;
  /** The request it belongs to (`request <id>`), or what a delivery wrote. */
  readonly details: string | null;
}

interface Row {
  id: string;
  occurred_at: string;
  actor: string;
  role: string;
  action: string;
  subject_type: string;
  subject_ids: string[];
  operation: string | null;
  details: string | null;
}

function conditionsOf(filter: AuditLogFilter): SQL[] {
  const conditions = [sql`a.municipality_id = ${filter.municipalityId}`];
  if (filter.from) conditions.push(sql`a.occurred_at >= ${filter.from}::date`);
  if (filter.to) conditions.push(sql`a.occurred_at < ${filter.to}::date + 1`);
  if (filter.actor) conditions.push(sql`a.actor = ${filter.actor}`);
  if (filter.householdId) {
    // A plan's rows concern its household too: the officer asks about a person's household.
    conditions.push(sql`(
      (a.subject_type = 'household' and ${filter.householdId} = any(a.subject_ids))
      or (a.subject_type = 'plan' and exists (
        select 1 from plans p
         where p.municipality_id = a.municipality_id and p.household_id::text = ${filter.householdId}
           and p.id::text = any(a.subject_ids))))`);
  }
  return conditions;
}

/**
 * The audit log of a municipality, newest first, filtered by period, subject and household. The
 * log is a tenant table: row-level security shows a municipality its own rows only.
 */
export async function readAuditLog(db: Database, filter: AuditLogFilter): Promise<AuditLogEntry[]> {
  const rows = await queryRows<Row>(
    db,
    sql`select a.id, to_json(a.occurred_at) #>> '{}' as occurred_at, a.actor, a.role, a.action,
               a.subject_type, a.subject_ids, a.operation, a.details
          from audit_log a
         where ${sql.join(conditionsOf(filter), sql` and `)}
         order by a.occurred_at desc, a.id
         limit ${filter.limit}`,
  );
  return rows.map((row) => ({
    id: row.id,
    occurredAt: row.occurred_at,
    actor: row.actor,
    role: row.role,
    action: row.action,
    subjectType: row.subject_type,
    subjectIds: row.subject_ids,
    operation: row.operation,
    details: row.details,
  }));
}

/** The entries as CSV for the privacy officer's spreadsheet: one line per row of the log. */
export function auditLogCsv(entries: readonly AuditLogEntry[]): string {
  const header = csvLine([
    'occurred_at',
    'actor',
    'role',
    'action',
    'subject_type',
    'subject_ids',
    'operation',
    'details',
  ]);
  const lines = entries.map((entry) =>
    csvLine([
      entry.occurredAt,
      entry.actor,
      entry.role,
      entry.action,
      entry.subjectType,
      entry.subjectIds.join(' '),
      entry.operation,
      entry.details,
    ]),
  );
  return header + lines.join('');
}
