import { eq, lt, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { sessions, signInAttempts } from '../schema/access.js';
import { membershipOfSql } from './memberships.js';
import type { AccessRole } from './reach.js';

/** Who signed in, as their identity provider told in the ID token. */
export interface SessionPerson {
  readonly issuer: string;
  readonly subject: string;
  readonly displayName: string | null;
  /** The values of the provider's group claim. */
  readonly groups: readonly string[];
}

export interface NewSession extends SessionPerson {
  /** SHA-256 of the id the browser's cookie holds. */
  readonly idHash: string;
  readonly idToken: string;
  /** The absolute end (ISO 8601). */
  readonly expiresAt: string;
}

/** A live session, with the membership it holds now (null: signed in, but public pages only). */
export interface ActiveSession extends SessionPerson {
  readonly lastSeenAt: string;
  readonly membership: {
    readonly id: string;
    readonly role: AccessRole;
    readonly municipalityId: string | null;
    readonly teamId: string | null;
  } | null;
}

export async function createSession(db: Database, session: NewSession): Promise<void> {
  await db.insert(sessions).values({ ...session, groups: [...session.groups] });
}

interface SessionRow {
  issuer: string;
  subject: string;
  display_name: string | null;
  groups: string[];
  last_seen_at: string | Date;
  membership_id: string | null;
  role: AccessRole | null;
  municipality_id: string | null;
  team_id: string | null;
}

/**
 * The session whose id hashes to `idHash`, when it has neither passed its absolute end nor been
 * idle longer than `idleSeconds`, with the membership its person holds at this moment: a removed
 * membership is gone from the next request on. One statement, on the gateway's own connection.
 */
export async function readSession(
  db: Database,
  idHash: string,
  idleSeconds: number,
): Promise<ActiveSession | null> {
  const [row] = await queryRows<SessionRow>(
    db,
    sql`select s.issuer, s.subject, s.display_name, s.groups, s.last_seen_at,
               m.id as membership_id, m.role, m.municipality_id, m.team_id
        from access.sessions s
        left join lateral ${membershipOfSql(sql`s.issuer`, sql`s.subject`, sql`s.groups`)} m on true
        where s.id_hash = ${idHash} and s.expires_at > now()
          and s.last_seen_at > now() - make_interval(secs => ${idleSeconds})`,
  );
  if (!row) return null;
  return {
    issuer: row.issuer,
    subject: row.subject,
    displayName: row.display_name,
    groups: row.groups,
    lastSeenAt: new Date(row.last_seen_at).toISOString(),
    membership:
      row.membership_id !== null && row.role !== null
        ? {
            id: row.membership_id,
            role: row.role,
            municipalityId: row.municipality_id,
            teamId: row.team_id,
          }
        : null,
  };
}

/** Marks the session as used now, which pushes its idle end further. */
export async function touchSession(db: Database, idHash: string): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.idHash, idHash));
}

/**
 * Ends a session; returns its issuer and ID token, for signing out at the provider too, or null
 * when there was none.
 */
export async function deleteSession(
  db: Database,
  idHash: string,
): Promise<{ issuer: string; idToken: string } | null> {
  const [row] = await db
    .delete(sessions)
    .where(eq(sessions.idHash, idHash))
    .returning({ issuer: sessions.issuer, idToken: sessions.idToken });
  return row ?? null;
}

/** Removes sessions and sign-ins that have passed their absolute end. */
export async function deleteExpiredSessions(db: Database): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
  await db.delete(signInAttempts).where(lt(signInAttempts.expiresAt, sql`now()`));
}
