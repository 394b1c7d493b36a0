import type { AuditEntry } from '@wijknet/db';

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
