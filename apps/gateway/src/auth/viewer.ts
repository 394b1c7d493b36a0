import type { Role } from './roles.js';

/** A person as their identity provider (or wijknet, for its own tokens and keys) names them. */
export interface Person {
  /** The identity provider's issuer URL; `wijknet` for wijknet's own tokens and API keys. */
  readonly issuer: string;
  /** Who at that issuer: the ID token's `sub`, a token's `sub`, or `api-key:<id>`. */
  readonly subject: string;
  /** The name the provider gave (or an API key's label); null when none. */
  readonly displayName: string | null;
}

/** How a request proved who it is. */
export type Credential = 'session' | 'token' | 'apiKey';

/**
 * Who is asking, as far as the gateway knows: anonymous (public data only; `person` is set when
 * someone signed in who holds no membership), or someone with a role: a person's session that
 * holds a membership, a verified token, or an API key.
 */
export type Viewer =
  | { readonly kind: 'anonymous'; readonly person?: Person }
  | {
      readonly kind: 'authenticated';
      /** The person's or token's subject: recorded in the audit log as who read what. */
      readonly subject: string;
      readonly person: Person;
      readonly credential: Credential;
      readonly role: Role;
      /** CBS code (GM + 4 digits) for municipality and team viewers, and an admin acting for one. */
      readonly municipalityId: string | null;
      readonly teamId: string | null;
    };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };
