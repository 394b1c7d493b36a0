import {
  boolean,
  index,
  integer,
  jsonb,
  primaryKey,
  snakeCase,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { municipalities } from './geography.js';
import { tenantIsolationPolicy } from './policies.js';

/**
 * A file a municipality delivered (aanlevering) through the API or the web app: what it held, who
 * sent it and when, and whether it was accepted. A refused file keeps its problem report, so the
 * sender can read it later; its rows were never written.
 */
export const deliveries = snakeCase.table(
  'deliveries',
  {
    municipalityId: text()
      .notNull()
      .references(() => municipalities.id),
    id: uuid().notNull().defaultRandom(),
    /** The import kind: teams, members, households, plan-events, assessments, registered-events. */
    kind: text().notNull(),
    fileName: text().notNull(),
    /** The quarter it was delivered in (2026-Q4): the history is listed per quarter. */
    period: text().notNull(),
    deliveredAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /** The token's subject (or the person) that delivered it. */
    actor: text().notNull(),
    role: text().notNull(),
    isAccepted: boolean().notNull(),
    /** Data rows read; for a refused file, as far as it was read. */
    rows: integer().notNull(),
    inserted: integer().notNull(),
    updated: integer().notNull(),
    unchanged: integer().notNull(),
    /** Why it was refused (an import error code); null when accepted. */
    refusalCode: text(),
    /** The refusal's summary line; null when accepted. */
    refusalSummary: text(),
    /** The problems of a refused file (line, column, reason, rule), up to the kept maximum. */
    problems: jsonb().notNull().default([]),
    /** How many problems the file had, also beyond the kept ones. */
    problemCount: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    index().on(t.municipalityId, t.period, t.deliveredAt),
    tenantIsolationPolicy('deliveries', t.municipalityId),
  ],
);
