import type { Database } from '@wijknet/db';
import type { Viewer } from './auth/viewer.js';
import type { AuditTrail } from './data/audit-trail.js';

/** The scopes the schema's `authScopes` refer to, decided once per request from the viewer. */
export interface AuthScopes {
  /** Anyone, with or without a token: public reference data only. */
  readonly public: boolean;
  /** Any verified token. */
  readonly authenticated: boolean;
  readonly institute: boolean;
  readonly municipality: boolean;
  readonly team: boolean;
  readonly admin: boolean;
  /** A token that may write a municipality's registrations: municipality, or admin for it. */
  readonly municipalityWriter: boolean;
  /** A token that may read one municipality's own rows: municipality, team, or admin for it. */
  readonly tenant: boolean;
  /** A municipality or team token for this municipality (CBS code), or an admin. */
  readonly ownMunicipality: string;
  /** Household-level data: allowed to tenant tokens, and every read is written to the audit log. */
  readonly householdRead: { readonly subjectType: 'household' | 'plan'; readonly id: string };
}

/** What the context factory knows before the operation runs. */
export interface RequestContext {
  readonly viewer: Viewer;
  /** Ties log lines and audit rows of one request together. */
  readonly requestId: string;
  readonly audit: AuditTrail;
  /** The pseudonymisation secret of a municipality (kept outside the database). */
  readonly pseudonymSecretOf: (municipalityId: string) => string;
  /**
   * The gateway's own connection, outside any tenancy scope: only the fields that manage access
   * (memberships, API keys) use it, in operations of their own (see use-tenancy.ts), and the
   * fields that read in a scope of their own (see own-scope.ts).
   */
  readonly platformDb: Database;
  /** The identity providers a person can sign in with, by name, label and issuer. */
  readonly signInProviders: readonly {
    readonly name: string;
    readonly label: string;
    readonly issuer: string;
  }[];
}

/** What every resolver receives: the request plus the database inside its tenancy scope. */
export interface GatewayContext extends RequestContext {
  /**
   * A transaction running as the row-level-security role with this viewer's scope; none in an
   * operation whose root fields each read in a scope of their own (`isOwnScope`).
   */
  readonly db: Database;
  readonly isOwnScope: boolean;
}
