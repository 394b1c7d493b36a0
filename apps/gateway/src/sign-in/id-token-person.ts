import type { SessionPerson } from '@wijknet/db';
import type { IDToken } from 'openid-client';

/** The name a provider gives a person: `name`, else the user name or e-mail address. */
function displayNameOf(claims: IDToken): string | null {
  for (const claim of ['name', 'preferred_username', 'email'] as const) {
    const value = claims[claim];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

/**
 * Who signed in, from their verified ID token: issuer and subject name them; the groups come from
 * the provider's group claim (a list of names or ids; Keycloak may write a path like
 * `/gemeente/leeuwarden`), and decide a group membership.
 */
export function personOf(claims: IDToken | undefined, groupsClaim: string): SessionPerson {
  if (!claims) throw new Error('the provider answered without an ID token');
  const groups = claims[groupsClaim];
  return {
    issuer: claims.iss,
    subject: claims.sub,
    displayName: displayNameOf(claims),
    groups: Array.isArray(groups)
      ? groups.filter((group): group is string => typeof group === 'string')
      : [],
  };
}
