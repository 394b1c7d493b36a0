import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../database.js';
import { memberships } from '../schema/access.js';
import { municipalities } from '../schema/geography.js';
import { teams } from '../schema/team.js';
import { AccessRefusedError, type Reach } from './reach.js';
import { checkReach } from './team-check.js';

/** Whom a membership is for: one person at an identity provider, or a group they carry. */
export interface MembershipHolder {
  /** The provider's issuer URL. */
  readonly issuer: string;
  /** The person's `sub`; null for a group's membership. */
  readonly subject: string | null;
  /** A value of the provider's group claim; null for one person's membership. */
  readonly groupName: string | null;
}

export interface NewMembership extends MembershipHolder, Reach {
  readonly label: string;
  /** Who grants it. */
  readonly createdBy: string;
}

export interface Membership extends NewMembership {
  readonly id: string;
  readonly createdAt: string;
  /** The name of the municipality it is for, so an admin reads names rather than codes. */
  readonly municipalityName: string | null;
  /** The name of the team it is for. */
  readonly teamName: string | null;
}

const columns = {
  id: memberships.id,
  issuer: memberships.issuer,
  subject: memberships.subject,
  groupName: memberships.groupName,
  role: memberships.role,
  municipalityId: memberships.municipalityId,
  teamId: memberships.teamId,
  label: memberships.label,
  createdAt: memberships.createdAt,
  createdBy: memberships.createdBy,
  municipalityName: municipalities.name,
  teamName: teams.name,
};

/** The memberships with the names of their municipality and team, in the order they were granted. */
function selectMemberships(db: Database, where: SQL | undefined) {
  return db
    .select(columns)
    .from(memberships)
    .leftJoin(municipalities, eq(municipalities.id, memberships.municipalityId))
    .leftJoin(
      teams,
      and(eq(teams.municipalityId, memberships.municipalityId), eq(teams.id, memberships.teamId)),
    )
    .where(where)
    .orderBy(asc(memberships.createdAt), asc(memberships.id));
}

/** The grant time as ISO 8601, as the API documents it (the driver gives Postgres's text). */
function isoMembership(row: { createdAt: string }): Membership {
  return { ...(row as Membership), createdAt: new Date(row.createdAt).toISOString() };
}

function holderProblem(holder: MembershipHolder): string | null {
  if (holder.issuer.trim() === '')
    return 'A membership must name the issuer of its identity provider.';
  if ((holder.subject === null) === (holder.groupName === null))
    return 'A membership names either one person (subject) or a group, not both and not neither.';
  if ((holder.subject ?? holder.groupName ?? '').trim() === '')
    return 'The subject or group of a membership must not be empty.';
  return null;
}

/**
 * Grants a membership: checked before it is written (the reach holds together, the team is the
 * municipality's), and refused when the person or group already has one at that issuer.
 */
export async function createMembership(db: Database, input: NewMembership): Promise<Membership> {
  const problem = holderProblem(input);
  if (problem) throw new AccessRefusedError('invalid-reach', problem);
  await checkReach(db, input);
  const [inserted] = await db
    .insert(memberships)
    .values({ ...input })
    .onConflictDoNothing()
    .returning({ id: memberships.id });
  const [row] = inserted ? await selectMemberships(db, eq(memberships.id, inserted.id)) : [];
  if (!row)
    throw new AccessRefusedError(
      'duplicate',
      `${input.subject !== null ? `Subject ${input.subject}` : `Group ${input.groupName}`} already has a membership at ${input.issuer}; remove it first.`,
    );
  return isoMembership(row);
}

/** The memberships, of one municipality when given, in the order they were granted. */
export async function listMemberships(
  db: Database,
  filter: { readonly municipalityId?: string } = {},
): Promise<Membership[]> {
  const where: SQL | undefined =
    filter.municipalityId === undefined
      ? undefined
      : eq(memberships.municipalityId, filter.municipalityId);
  const rows = await selectMemberships(db, where);
  return rows.map(isoMembership);
}

/**
 * The teams of a municipality by name, for an admin choosing the team of a membership: read on
 * the gateway's own connection, as the memberships are, since an admin need not be a tenant.
 */
export async function listTeamsForMembership(
  db: Database,
  municipalityId: string,
): Promise<{ readonly id: string; readonly name: string }[]> {
  return db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(eq(teams.municipalityId, municipalityId))
    .orderBy(asc(teams.name), asc(teams.id));
}

/** Removes a membership; its holder is refused from their next request on. False when none. */
export async function removeMembership(db: Database, id: string): Promise<boolean> {
  const removed = await db
    .delete(memberships)
    .where(eq(memberships.id, id))
    .returning({ id: memberships.id });
  return removed.length > 0;
}

/** Grants the memberships that do not exist yet, leaving the others as they are. */
export async function ensureMemberships(
  db: Database,
  inputs: readonly NewMembership[],
): Promise<void> {
  if (inputs.length === 0) return;
  await db
    .insert(memberships)
    .values([...inputs])
    .onConflictDoNothing();
}

/**
 * The membership a person holds at their issuer: their own (by subject) before any of their
 * groups'; among groups the widest role first, then the oldest. One SQL expression, used where a
 * session is read, so the rule has one home.
 */
export function membershipOfSql(issuer: SQL, subject: SQL, groups: SQL): SQL {
  return sql`(select m.id, m.role, m.municipality_id, m.team_id
      from access.memberships m
      where m.issuer = ${issuer} and (m.subject = ${subject} or m.group_name = any(${groups}))
      order by (m.subject is null),
               array_position(array['admin', 'municipality', 'team', 'institute'], m.role),
               m.created_at, m.id
      limit 1)`;
}
