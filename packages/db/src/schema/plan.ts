import { sql } from 'drizzle-orm';
import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  primaryKey,
  smallint,
  snakeCase,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { households } from './household.js';
import { currentTeamSql, teamCaseloadPolicy, tenantIsolationPolicy } from './policies.js';
import { members, teams } from './team.js';

/** The index that refuses a second open plan (intake or active) of one household. */
export const ONE_OPEN_PLAN_PER_HOUSEHOLD = 'plans_one_open_plan_per_household';

/**
 * A support plan (plan): "one household, one plan, one worker". Its status and key dates are
 * derived from its events (plan_events) and kept here so rollups and lists read one row.
 */
export const plans = snakeCase.table(
  'plans',
  {
    municipalityId: text().notNull(),
    id: uuid().notNull().defaultRandom(),
    householdId: uuid().notNull(),
    /** The team of the lead worker (regievoerder); a team scope sees only its own plans. */
    teamId: uuid().notNull(),
    leadMemberId: uuid(),
    /** intake, active or closed, as folded from the events. */
    status: text().notNull(),
    openedOn: date({ mode: 'string' }).notNull(),
    activatedOn: date({ mode: 'string' }),
    closedOn: date({ mode: 'string' }),
    closureReason: text(),
    /** First escalation (opschaling) and the de-escalation (afschaling) after it, if any. */
    firstEscalatedOn: date({ mode: 'string' }),
    deescalatedOn: date({ mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({
      columns: [t.municipalityId, t.householdId],
      foreignColumns: [households.municipalityId, households.id],
    }),
    foreignKey({
      columns: [t.municipalityId, t.teamId],
      foreignColumns: [teams.municipalityId, teams.id],
    }),
    foreignKey({
      columns: [t.municipalityId, t.leadMemberId],
      foreignColumns: [members.municipalityId, members.id],
    }),
    index().on(t.municipalityId, t.householdId),
    // A municipality's first plan opening (wijknet_first_data_day), which every write reads before
    // and after it writes: one index entry instead of every plan of the municipality.
    index().on(t.municipalityId, t.openedOn),
    // "One household, one plan" kept by the database itself: however many openings arrive at
    // once, a second plan in intake or active for the household violates this index.
    uniqueIndex(ONE_OPEN_PLAN_PER_HOUSEHOLD)
      .on(t.municipalityId, t.householdId)
      .where(sql`${t.status} in ('intake', 'active')`),
    // A team's caseload, newest first: the first page is read from the index in order instead of
    // sorting all of a team's plans (thousands at national scale). Its prefix serves team filters.
    index().on(
      t.municipalityId,
      t.teamId,
      t.status,
      t.openedOn.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    tenantIsolationPolicy('plans', t.municipalityId),
    teamCaseloadPolicy('plans', sql`${t.teamId} = ${currentTeamSql}`),
  ],
);

/** An event in a plan's life cycle, in order (`sequence`); the plan's state is their fold. */
export const planEvents = snakeCase.table(
  'plan_events',
  {
    municipalityId: text().notNull(),
    planId: uuid().notNull(),
    sequence: integer().notNull(),
    type: text().notNull(),
    occurredOn: date({ mode: 'string' }).notNull(),
    /** The event's own fields (lead, target, reason, ...), as validated by @wijknet/plan. */
    payload: jsonb().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.planId, t.sequence] }),
    foreignKey({
      columns: [t.municipalityId, t.planId],
      foreignColumns: [plans.municipalityId, plans.id],
    }).onDelete('cascade'),
    index().on(t.municipalityId, t.type, t.occurredOn),
    tenantIsolationPolicy('plan_events', t.municipalityId),
  ],
);

/** A goal (doel) of a plan on one life domain, from a start to a target ZRM level. */
export const goals = snakeCase.table(
  'goals',
  {
    municipalityId: text().notNull(),
    id: uuid().notNull().defaultRandom(),
    planId: uuid().notNull(),
    lifeDomain: text().notNull(),
    startLevel: smallint().notNull(),
    targetLevel: smallint().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({
      columns: [t.municipalityId, t.planId],
      foreignColumns: [plans.municipalityId, plans.id],
    }).onDelete('cascade'),
    index().on(t.municipalityId, t.planId),
    tenantIsolationPolicy('goals', t.municipalityId),
  ],
);

/** An action (actie) in a plan: own network, volunteer, collective offer, member, referral. */
export const actions = snakeCase.table(
  'actions',
  {
    municipalityId: text().notNull(),
    id: uuid().notNull().defaultRandom(),
    planId: uuid().notNull(),
    goalId: uuid(),
    kind: text().notNull(),
    /** For a second-line referral: where to (youth-care, mental-health-care, ...). */
    escalationTarget: text(),
    startedOn: date({ mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({
      columns: [t.municipalityId, t.planId],
      foreignColumns: [plans.municipalityId, plans.id],
    }).onDelete('cascade'),
    index().on(t.municipalityId, t.planId),
    tenantIsolationPolicy('actions', t.municipalityId),
  ],
);
