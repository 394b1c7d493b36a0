import type { Viewer } from '../auth/viewer.js';

/**
 * What a viewer may see of benchmark figures (inzage in benchmarkcijfers):
 * - every viewer: the published aggregates of every municipality, after small-number and
 *   complementary suppression;
 * - a municipality, team or admin token: also its own municipality's figures, published or not;
 * - only the owner itself (a municipality token, or an admin acting for it) sees its own
 *   figures below the threshold: a small number never leaves the server for anyone else, a
 *   team lead included.
 */
export interface BenchmarkAccess {
  /** CBS code of the viewer's own municipality; null for institutes. */
  readonly ownMunicipalityId: string | null;
  /** Whether the viewer sees its own municipality's small numbers. */
  readonly seesOwnSmallNumbers: boolean;
}

export function benchmarkAccessOf(viewer: Viewer): BenchmarkAccess {
  if (viewer.kind === 'anonymous' || viewer.municipalityId === null) {
    return { ownMunicipalityId: null, seesOwnSmallNumbers: false };
  }
  switch (viewer.role) {
    case 'institute':
      return { ownMunicipalityId: null, seesOwnSmallNumbers: false };
    case 'municipality':
    case 'admin':
      return { ownMunicipalityId: viewer.municipalityId, seesOwnSmallNumbers: true };
    case 'team':
      return { ownMunicipalityId: viewer.municipalityId, seesOwnSmallNumbers: false };
    default:
      return viewer.role satisfies never;
  }
}
