import { sql } from 'drizzle-orm';
import { type AnyPgColumn, pgPolicy, pgRole } from 'drizzle-orm/pg-core';

/**
 * The role request queries run as. It is neither a superuser nor a table owner, so row-level
 * security applies to it; it is created by a hand-written migration (roles are cluster-wide and
 * must be created idempotently), so drizzle-kit only refers to it.
 */
export const appRole = pgRole('wijknet_app').existing();

/** The municipality of the current scope, from the transaction-local setting (empty when none). */
export const currentMunicipalitySql = sql`current_setting('wijknet.municipality_id', true)`;

/** The team of the current scope as a uuid, or null when the scope is not a team's. */
export const currentTeamSql = sql`nullif(current_setting('wijknet.team_id', true), '')::uuid`;

/**
 * A tenant row is visible to, and writable by, the app role only inside its own municipality.
 * Without a municipality setting (institute scope, or no scope at all) no row matches.
 */
export function tenantIsolationPolicy(table: string, municipalityId: AnyPgColumn) {
  return pgPolicy(`${table}_tenant_isolation`, {
    as: 'permissive',
    for: 'all',
    to: appRole,
    using: sql`${municipalityId} = ${currentMunicipalitySql}`,
    withCheck: sql`${municipalityId} = ${currentMunicipalitySql}`,
  });
}

/**
 * Narrows a table further for a team scope: `condition` says which rows belong to the team's
 * caseload. Restrictive, so it is ANDed with the tenant isolation policy.
 */
export function teamCaseloadPolicy(table: string, condition: ReturnType<typeof sql>) {
  const check = sql`${currentTeamSql} is null or (${condition})`;
  return pgPolicy(`${table}_team_caseload`, {
    as: 'restrictive',
    for: 'all',
    to: appRole,
    using: check,
    withCheck: check,
  });
}
