import type { AuthScopes } from '../context.js';
import type { AuditTrail } from '../data/audit-trail.js';
import type { Viewer } from './viewer.js';

/** A scope is either granted outright or checked against a parameter (a municipality code). */
export type ScopeLoaders = {
  readonly [K in keyof AuthScopes]: AuthScopes[K] extends boolean
    ? boolean
    : (parameter: AuthScopes[K]) => boolean;
};

/** The scope loaders for one viewer; the builder asks them per field and per object. */
export function viewerScopes(viewer: Viewer, audit: AuditTrail): ScopeLoaders {
  const role = viewer.kind === 'authenticated' ? viewer.role : null;
  const municipalityId = viewer.kind === 'authenticated' ? viewer.municipalityId : null;
  const isTenant =
    municipalityId !== null && (role === 'municipality' || role === 'team' || role === 'admin');
  return {
    public: true,
    authenticated: viewer.kind === 'authenticated',
    institute: role === 'institute',
    municipality: role === 'municipality',
    team: role === 'team',
    admin: role === 'admin',
    tenant: isTenant,
    municipalityWriter: isTenant && role !== 'team',
    ownMunicipality: (code: string) => isTenant && municipalityId === code,
    householdRead: ({ subjectType, id }) => {
      if (!isTenant) return false;
      audit.record({ subjectType, subjectId: id, action: 'read' });
      return true;
    },
  };
}
