import type { Scope } from '@wijknet/db';
import type { Viewer } from './viewer.js';

/**
 * The database scope a viewer's queries run in. Anonymous callers and institutes get the
 * institute scope, which row-level security gives no tenant rows at all; an admin reaches a
 * municipality's rows only with a token that names it.
 */
export function tenancyScopeOf(viewer: Viewer): Scope {
  if (viewer.kind === 'anonymous') return { role: 'institute' };
  switch (viewer.role) {
    case 'institute':
      return { role: 'institute' };
    case 'admin':
      return viewer.municipalityId
        ? { role: 'admin', municipalityId: viewer.municipalityId }
        : { role: 'institute' };
    case 'municipality':
      return { role: 'municipality', municipalityId: requireMunicipality(viewer) };
    case 'team':
      return {
        role: 'team',
        municipalityId: requireMunicipality(viewer),
        teamId: viewer.teamId ?? '',
      };
    default:
      return viewer.role satisfies never;
  }
}

function requireMunicipality(viewer: Viewer & { kind: 'authenticated' }): string {
  // The token claims schema guarantees it; an empty code would match no row anyway.
  return viewer.municipalityId ?? '';
}
