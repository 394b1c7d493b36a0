// ADAPTER (gateway side, until @wijknet/db exports an audit writer): inserts audit rows
// through drizzle's query builder with @wijknet/db's own table; no SQL text here.
import { type Database, schema } from '@wijknet/db';
import type { AuditEntry } from './audit-trail.js';

export interface AuditActor {
  readonly municipalityId: string;
  readonly actor: string;
  readonly role: string;
  readonly requestId: string;
}

export async function writeAuditLog(
  db: Database,
  actor: AuditActor,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(schema.auditLog).values(
    entries.map((entry) => ({
      municipalityId: actor.municipalityId,
      actor: actor.actor,
      role: actor.role,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      details: `request ${actor.requestId}`,
    })),
  );
}
