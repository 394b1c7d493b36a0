import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  primaryKey,
  real,
  snakeCase,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { districts, municipalities } from './geography.js';
import { tenantIsolationPolicy } from './policies.js';

/**
 * An event a team registers outside a plan's life cycle: eviction (uithuiszetting), eviction
 * prevented (voorkomen uithuiszetting) or a supervision order (ondertoezichtstelling, OTS).
 */
export const registeredEvents = snakeCase.table(
  'registered_events',
  {
    municipalityId: text()
      .notNull()
      .references(() => municipalities.id),
    id: uuid().notNull().defaultRandom(),
    /** eviction, eviction-prevented or supervision-order. */
    type: text().notNull(),
    occurredOn: date({ mode: 'string' }).notNull(),
    householdId: uuid(),
    planId: uuid(),
    teamId: uuid(),
    districtId: text().references(() => districts.id),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    index().on(t.municipalityId, t.occurredOn),
    tenantIsolationPolicy('registered_events', t.municipalityId),
  ],
);

/** A story (ervaringsverhaal) by a team about what its work achieved; never names a household. */
export const stories = snakeCase.table(
  'stories',
  {
    municipalityId: text().notNull(),
    id: uuid().notNull().defaultRandom(),
    teamId: uuid(),
    period: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    lifeDomains: text().array().notNull().default([]),
    createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /**
     * draft (concept), published (gepubliceerd) or withdrawn (ingetrokken), as outcome-monitoring's
     * STORY_STATUSES; only a published story is on the public profile.
     */
    status: text().notNull().default('draft'),
    /** When the status last changed: written, published or withdrawn. */
    statusChangedAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    check('stories_status', sql`${t.status} in ('draft', 'published', 'withdrawn')`),
    tenantIsolationPolicy('stories', t.municipalityId),
  ],
);

/**
 * A municipality's choice to publish one indicator group to the national benchmark (opt-in):
 * without a row, nothing of that group is published.
 */
export const publicationSettings = snakeCase.table(
  'publication_settings',
  {
    municipalityId: text()
      .notNull()
      .references(() => municipalities.id),
    indicatorGroup: text().notNull(),
    isPublished: boolean().notNull().default(false),
    updatedAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.indicatorGroup] }),
    tenantIsolationPolicy('publication_settings', t.municipalityId),
  ],
);

/**
 * The indicators the rollups count, with their group (for publication) and the factor that
 * turns numerator / denominator into the published value. Reference table.
 */
export const indicatorDefinitions = snakeCase.table('indicator_definitions', {
  code: text().primaryKey(),
  indicatorGroup: text().notNull(),
  /** Value = numerator / denominator * scale (1 for means, 100 for shares in %, 1000 per 1,000). */
  scale: real().notNull(),
});

/**
 * Who read or changed household-level data, when and what: a row per request, action and kind of
 * subject, listing every subject it concerned (a caseload page is two rows, not a hundred: its
 * plans and its households).
 */
export const auditLog = snakeCase.table(
  'audit_log',
  {
    municipalityId: text().notNull(),
    id: uuid().notNull().defaultRandom(),
    occurredAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /** Who acted: the person's `sub` at their identity provider, or a token's or key's subject. */
    actor: text().notNull(),
    /** Where `actor` comes from: the identity provider's issuer, or wijknet for its own tokens and keys. */
    actorIssuer: text(),
    /** The person's name as their identity provider gave it, or an API key's label. */
    actorName: text(),
    role: text().notNull(),
    action: text().notNull(),
    subjectType: text().notNull(),
    /** The IDs of the households or plans read or changed. */
    subjectIds: text().array().notNull(),
    /** The GraphQL operation that read or wrote them (its name, or its root fields), or the delivery. */
    operation: text(),
    details: text(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    index().on(t.municipalityId, t.occurredAt),
    tenantIsolationPolicy('audit_log', t.municipalityId),
  ],
);
