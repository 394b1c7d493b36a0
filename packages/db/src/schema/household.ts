import {
  date,
  foreignKey,
  index,
  primaryKey,
  smallint,
  snakeCase,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { districts, municipalities } from './geography.js';
import { teamCaseloadPolicy, tenantIsolationPolicy } from './policies.js';
import { servedByCurrentTeamSql } from './team.js';

/**
 * A household (huishouden), pseudonymous: the municipality's own reference is kept only as a
 * keyed hash, so a re-import matches without storing identity.
 */
export const households = snakeCase.table(
  'households',
  {
    municipalityId: text()
      .notNull()
      .references(() => municipalities.id),
    id: uuid().notNull().defaultRandom(),
    districtId: text()
      .notNull()
      .references(() => districts.id),
    /** HMAC-SHA256 hex of the municipality's reference, with the municipality's secret. */
    referenceHash: text().notNull(),
    size: smallint().notNull(),
    adults: smallint().notNull(),
    minors: smallint().notNull(),
    /** Age band of the eldest member, e.g. `45-64`. */
    eldestAgeBand: text().notNull(),
    registeredOn: date({ mode: 'string' }).notNull(),
    /** How the household came in (self, general-practitioner, school, ...). */
    intakeChannel: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    unique().on(t.municipalityId, t.referenceHash),
    index().on(t.municipalityId, t.districtId),
    tenantIsolationPolicy('households', t.municipalityId),
    teamCaseloadPolicy('households', servedByCurrentTeamSql(t.districtId)),
  ],
);

/** One column per life domain (leefgebied), in the order of the ZRM plus parenting. */
export const LIFE_DOMAIN_COLUMNS = {
  finances: 'finances',
  'work-and-education': 'work_and_education',
  'time-use': 'time_use',
  housing: 'housing',
  'domestic-relations': 'domestic_relations',
  'mental-health': 'mental_health',
  'physical-health': 'physical_health',
  'substance-use': 'substance_use',
  'basic-adl': 'basic_adl',
  'instrumental-adl': 'instrumental_adl',
  'social-network': 'social_network',
  'social-participation': 'social_participation',
  justice: 'justice',
  parenting: 'parenting',
} as const;

/**
 * A ZRM assessment (zelfredzaamheidsmeting) of a household at a date: a score 1-5 per life
 * domain, null where the domain was not scored. One row per assessment keeps 8 million compact.
 */
export const assessments = snakeCase.table(
  'assessments',
  {
    municipalityId: text().notNull(),
    id: uuid().notNull().defaultRandom(),
    householdId: uuid().notNull(),
    planId: uuid(),
    assessedOn: date({ mode: 'string' }).notNull(),
    /** intake, follow-up or closure (the household package's assessment moments). */
    moment: text().notNull(),
    finances: smallint(),
    workAndEducation: smallint(),
    timeUse: smallint(),
    housing: smallint(),
    domesticRelations: smallint(),
    mentalHealth: smallint(),
    physicalHealth: smallint(),
    substanceUse: smallint(),
    basicAdl: smallint(),
    instrumentalAdl: smallint(),
    socialNetwork: smallint(),
    socialParticipation: smallint(),
    justice: smallint(),
    parenting: smallint(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({
      columns: [t.municipalityId, t.householdId],
      foreignColumns: [households.municipalityId, households.id],
    }),
    index().on(t.municipalityId, t.householdId),
    index().on(t.municipalityId, t.planId),
    tenantIsolationPolicy('assessments', t.municipalityId),
  ],
);
