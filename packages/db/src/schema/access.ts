import { sql } from 'drizzle-orm';
import { check, index, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './geography.js';

/**
 * Who may sign in and what they may do: the platform's own tables, kept apart from the data in a
 * schema of their own. The request role (wijknet_app) has no privileges on it, so no query run in
 * a tenancy scope can read a session or a key's hash; only the gateway's own connection, before
 * the request's scope is opened, reads and writes here. None of these tables is distributed on
 * Citus: they stay on the coordinator, where the gateway asks them.
 */
export const access = pgSchema('access');

const ROLE_CHECK = sql`role in ('institute', 'municipality', 'team', 'admin')`;
/** What each role reaches: an institute no municipality, a team its municipality and team. */
const REACH_CHECK = sql`case role
            when 'institute' then municipality_id is null and team_id is null
            when 'municipality' then municipality_id is not null and team_id is null
            when 'team' then municipality_id is not null and team_id is not null
            else team_id is null end`;

/**
 * A membership (lidmaatschap): wijknet's decision of what a person signed in through an identity
 * provider may do. It names one person (the provider's `sub`) or everyone carrying a group in the
 * provider's group claim. A person without a membership sees only the public pages.
 */
export const memberships = access.table(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The identity provider's issuer URL, exactly as its ID tokens say `iss`. */
    issuer: text('issuer').notNull(),
    /** The person's `sub` at that provider; null for a group's membership. */
    subject: text('subject'),
    /** A value of the provider's group claim; null for one person's membership. */
    groupName: text('group_name'),
    role: text('role').notNull(),
    municipalityId: text('municipality_id').references(() => municipalities.id),
    teamId: uuid('team_id'),
    /** Who the membership is for, as the admin wrote it (a name, a department). */
    label: text('label').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' })
      .notNull()
      .defaultNow(),
    /** Who granted it (the admin's issuer and subject, or a token's subject). */
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    uniqueIndex('memberships_issuer_subject').on(t.issuer, t.subject),
    uniqueIndex('memberships_issuer_group').on(t.issuer, t.groupName),
    check('memberships_subject_or_group', sql`(subject is null) <> (group_name is null)`),
    check('memberships_role', ROLE_CHECK),
    check('memberships_reach', REACH_CHECK),
  ],
);

/**
 * A person's signed-in session (sessie). The browser holds a random id in a cookie; the table
 * holds only its SHA-256, so a copy of the table signs no one in. Who the person is comes from
 * their ID token; what they may do is looked up in `memberships` on every request.
 */
export const sessions = access.table(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    displayName: text('display_name'),
    /** The values of the provider's group claim when the person signed in. */
    groups: text('groups').array().notNull().default(sql`'{}'`),
    /** Sent back to the provider as `id_token_hint` when the person signs out. */
    idToken: text('id_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' })
      .notNull()
      .defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'string' })
      .notNull()
      .defaultNow(),
    /** The absolute end, however active the session is. */
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('sessions_expires_at').on(t.expiresAt)],
);

/**
 * A sign-in under way: what the callback needs to finish the authorization code flow. The
 * browser holds a random id in a cookie and the table its hash, so a callback is accepted only
 * in the browser that started it, and only once.
 */
export const signInAttempts = access.table(
  'sign_in_attempts',
  {
    idHash: text('id_hash').primaryKey(),
    /** The configured identity provider's name. */
    provider: text('provider').notNull(),
    state: text('state').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    /** The web app's path to return to once signed in. */
    returnTo: text('return_to').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('sign_in_attempts_expires_at').on(t.expiresAt)],
);

/**
 * An API key (API-sleutel) for a municipality's own tools: a bearer secret shown once when it is
 * made; the table keeps its SHA-256. It acts with its role, municipality and team until it expires
 * or is revoked.
 */
export const apiKeys = access.table(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    secretHash: text('secret_hash').notNull(),
    label: text('label').notNull(),
    role: text('role').notNull(),
    municipalityId: text('municipality_id').references(() => municipalities.id),
    teamId: uuid('team_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' })
      .notNull()
      .defaultNow(),
    createdBy: text('created_by').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    uniqueIndex('api_keys_secret_hash').on(t.secretHash),
    index('api_keys_municipality').on(t.municipalityId),
    check('api_keys_role', ROLE_CHECK),
    check('api_keys_reach', REACH_CHECK),
  ],
);
