import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  date,
  foreignKey,
  index,
  numeric,
  primaryKey,
  snakeCase,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { districts, municipalities } from './geography.js';
import { currentTeamSql, tenantIsolationPolicy } from './policies.js';

/** A social neighbourhood team (sociaal wijkteam) of one municipality. */
export const teams = snakeCase.table(
  'teams',
  {
    municipalityId: text()
      .notNull()
      .references(() => municipalities.id),
    id: uuid().notNull().defaultRandom(),
    name: text().notNull(),
    /** all-ages, youth-and-family or village team. */
    kind: text().notNull(),
    /** Access mandate (toegang). */
    mandate: text().notNull(),
    startedOn: date({ mode: 'string' }).notNull(),
    endedOn: date({ mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    tenantIsolationPolicy('teams', t.municipalityId),
  ],
);

/** The districts (wijken) a team serves. */
export const teamDistricts = snakeCase.table(
  'team_districts',
  {
    municipalityId: text().notNull(),
    teamId: uuid().notNull(),
    districtId: text()
      .notNull()
      .references(() => districts.id),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.teamId, t.districtId] }),
    foreignKey({
      columns: [t.municipalityId, t.teamId],
      foreignColumns: [teams.municipalityId, teams.id],
    }).onDelete('cascade'),
    index().on(t.municipalityId, t.districtId),
    tenantIsolationPolicy('team_districts', t.municipalityId),
  ],
);

/** A team member (teamlid): a professional with a discipline, a ring and hours. */
export const members = snakeCase.table(
  'members',
  {
    municipalityId: text().notNull(),
    id: uuid().notNull().defaultRandom(),
    teamId: uuid().notNull(),
    discipline: text().notNull(),
    /** The generalist domain of a core member of the basic model, if any. */
    generalistDomain: text(),
    /** core (basisteam) or ring. */
    ring: text().notNull(),
    contractedHours: numeric({ precision: 4, scale: 1, mode: 'number' }).notNull(),
    hoursInTeam: numeric({ precision: 4, scale: 1, mode: 'number' }).notNull(),
    /** Uren in de wijk: hours a week spent in the team and its districts. */
    hoursInWijk: numeric({ precision: 4, scale: 1, mode: 'number' }).notNull(),
    /** Moederorganisatie. */
    secondingOrganisation: text().notNull(),
    startedOn: date({ mode: 'string' }).notNull(),
    endedOn: date({ mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({
      columns: [t.municipalityId, t.teamId],
      foreignColumns: [teams.municipalityId, teams.id],
    }),
    index().on(t.municipalityId, t.teamId),
    tenantIsolationPolicy('members', t.municipalityId),
  ],
);

/** Used by caseload policies: the team in scope serves this district. */
export const servedByCurrentTeamSql = (districtColumn: AnyPgColumn) =>
  sql`exists (select 1 from team_districts td where td.team_id = ${currentTeamSql} and td.district_id = ${districtColumn})`;
