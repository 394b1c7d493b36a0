import type { AuditActor, AuditEntry } from '@wijknet/db';
import type { Viewer } from '../auth/viewer.js';

/**
 * Collects what one request read or changed; the tenancy step writes it to the audit log in
 * the request's own transaction, so a read is never served without its audit row.
 */
export class AuditTrail {
  readonly #entries = new Map<string, AuditEntry>();

  record(entry: AuditEntry): void {
    this.#entries.set(`${entry.action}:${entry.subjectType}:${entry.subjectId}`, entry);
  }

  drain(): AuditEntry[] {
    const entries = [...this.#entries.values()];
    this.#entries.clear();
    return entries;
  }
}

/**
 * Who the audit rows of a request name: the person (issuer, subject and name) behind the session,
 * token or API key, with the role they acted in.
 */
export function auditActorOf(
  viewer: Viewer & { kind: 'authenticated' },
  request: Pick<AuditActor, 'municipalityId' | 'requestId' | 'operation'>,
): AuditActor {
  return {
    ...request,
    actor: viewer.person.subject,
    actorIssuer: viewer.person.issuer,
    actorName: viewer.person.displayName,
    role: viewer.role,
  };
}
