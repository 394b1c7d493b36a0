import { graphql } from '../graphql/graphql';

/** The audit log with the privacy officer's filters, newest first. */
export const AuditLogQuery = graphql(`
  query AuditLog($from: String, $to: String, $actor: String, $householdId: ID, $first: Int) {
    auditLog(from: $from, to: $to, actor: $actor, householdId: $householdId, first: $first) {
      id
      occurredAt
      actor
      role
      action
      subjectType
      subjectIds
      operation
      details
    }
  }
`);

/** The same rows as CSV, for the officer's own records. */
export const AuditLogCsvQuery = graphql(`
  query AuditLogCsv($from: String, $to: String, $actor: String, $householdId: ID) {
    auditLogCsv(from: $from, to: $to, actor: $actor, householdId: $householdId)
  }
`);
