/**
 * Who a membership, token or API key speaks for (rol):
 * - `institute` (kennisinstituut): compares municipalities, sees only published aggregates;
 * - `municipality` (gemeente): its own data in full, others only as published aggregates;
 * - `team` (wijkteam, usually its teamleider): its own team's households and plans;
 * - `admin` (beheerder): operates the platform.
 */
export const ROLES = ['institute', 'municipality', 'team', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/** The part of a viewer that decides what benchmark figures it sees. */
export type BenchmarkViewer =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'authenticated';
      readonly role: Role;
      /** CBS code of the viewer's municipality; null for institutes. */
      readonly municipalityId: string | null;
    };

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

export function benchmarkAccessOf(viewer: BenchmarkViewer): BenchmarkAccess {
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
