import type { Role } from './roles.js';

/**
 * Who is asking, as far as the gateway knows: no token at all (anonymous, public reference
 * data only) or a verified token.
 */
export type Viewer =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'authenticated';
      /** The token's `sub`: recorded in the audit log as who read what. */
      readonly subject: string;
      readonly role: Role;
      /** CBS code (GM + 4 digits) for municipality and team tokens. */
      readonly municipalityId: string | null;
      readonly teamId: string | null;
    };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };
