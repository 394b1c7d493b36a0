import type { MunicipalityCharacteristics } from '@wijknet/db';
import {
  findPeerGroup,
  findSimilarMunicipalities,
  type MunicipalityProfileInput,
  SIZE_CLASSES,
  sizeClassOf,
} from '@wijknet/outcome-monitoring';

/** The ways to form a peer group (vergelijkingsgroep), in the GraphQL vocabulary. */
export type PeerGroupKindCode = 'size-class' | 'province' | 'urbanity' | 'similar';

interface Text {
  readonly nl: string;
  readonly en: string;
}

export interface PeerGroupMemberShape {
  readonly code: string;
  /** Why this municipality is a peer (reden). */
  readonly reason: Text;
  /** For similar municipalities: distance over the standardized characteristics. */
  readonly distance: number | null;
}

export interface PeerGroupShape {
  readonly kind: PeerGroupKindCode;
  readonly municipalityCode: string;
  readonly label: Text;
  readonly members: readonly PeerGroupMemberShape[];
}

const profileOf = (row: MunicipalityCharacteristics): MunicipalityProfileInput => ({
  code: row.id,
  name: row.name,
  province: row.province,
  inhabitants: row.inhabitants,
  households: row.households,
  urbanity: row.urbanity,
});

function sizeClassText(inhabitants: number): Text {
  const sizeClass = SIZE_CLASSES.find((candidate) => candidate.code === sizeClassOf(inhabitants));
  return { nl: sizeClass?.nl ?? '', en: sizeClass?.en ?? '' };
}

function labelOf(kind: PeerGroupKindCode, target: MunicipalityCharacteristics): Text {
  switch (kind) {
    case 'size-class': {
      const size = sizeClassText(target.inhabitants);
      return { nl: `Gemeenten met ${size.nl}`, en: `Municipalities with ${size.en}` };
    }
    case 'province':
      return { nl: `Gemeenten in ${target.province}`, en: `Municipalities in ${target.province}` };
    case 'urbanity':
      return {
        nl: `Gemeenten met stedelijkheid ${target.urbanity}`,
        en: `Municipalities of urbanity class ${target.urbanity}`,
      };
    case 'similar':
      return {
        nl: `Gemeenten die lijken op ${target.name}`,
        en: `Municipalities similar to ${target.name}`,
      };
    default:
      return kind satisfies never;
  }
}

function fixedReason(
  kind: Exclude<PeerGroupKindCode, 'similar'>,
  target: MunicipalityCharacteristics,
): Text {
  switch (kind) {
    case 'size-class': {
      const size = sizeClassText(target.inhabitants);
      return {
        nl: `Zelfde gemeentegrootteklasse: ${size.nl}.`,
        en: `Same size class: ${size.en}.`,
      };
    }
    case 'province':
      return {
        nl: `Zelfde provincie: ${target.province}.`,
        en: `Same province: ${target.province}.`,
      };
    case 'urbanity':
      return {
        nl: `Zelfde stedelijkheid: ${target.urbanity}.`,
        en: `Same urbanity class: ${target.urbanity}.`,
      };
    default:
      return kind satisfies never;
  }
}

/**
 * A municipality's peer group, drawn by outcome-monitoring from the CBS characteristics of the
 * municipalities in `pool` (which must hold the target): the same size class, province or
 * urbanity, or the `size` nearest neighbours on standardized characteristics, each with why.
 */
export function drawPeerGroup(
  kind: PeerGroupKindCode,
  target: MunicipalityCharacteristics,
  pool: readonly MunicipalityCharacteristics[],
  size: number,
): PeerGroupShape {
  const profiles = pool.map(profileOf);
  const members =
    kind === 'similar'
      ? findSimilarMunicipalities(target.id, profiles, { k: size }).map((peer) => ({
          code: peer.code,
          reason: peer.reason,
          distance: peer.distance,
        }))
      : findPeerGroup(target.id, profiles, kind).map((peer) => ({
          code: peer.code,
          reason: fixedReason(kind, target),
          distance: null,
        }));
  return { kind, municipalityCode: target.id, label: labelOf(kind, target), members };
}
