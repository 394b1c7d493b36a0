import { mandateLabel } from '@wijknet/team';
import type { BilingualText } from './indicator-definition.js';
import {
  type MunicipalityProfileInput,
  SIZE_CLASSES,
  sizeClassOf,
} from './municipality-profile.js';
import { findPeerGroup, type PeerGroupKind } from './peer-groups.js';
import { findSimilarMunicipalities } from './similar-municipalities.js';

/** The ways to form a peer group (vergelijkingsgroep): a fixed kind, or similar municipalities. */
export type PeerGroupKindCode = PeerGroupKind | 'similar';

export interface PeerGroupMemberShape {
  readonly code: string;
  /** Why this municipality is a peer (reden). */
  readonly reason: BilingualText;
  /** For similar municipalities: distance over the standardized characteristics. */
  readonly distance: number | null;
}

export interface PeerGroupShape {
  readonly kind: PeerGroupKindCode;
  readonly municipalityCode: string;
  readonly label: BilingualText;
  readonly members: readonly PeerGroupMemberShape[];
}

function sizeClassText(inhabitants: number): BilingualText {
  const sizeClass = SIZE_CLASSES.find((candidate) => candidate.code === sizeClassOf(inhabitants));
  return { nl: sizeClass?.nl ?? '', en: sizeClass?.en ?? '' };
}

/** The target's mandate as it reads inside a sentence: Afgeleid mandaat → afgeleid mandaat. */
function mandateText(target: MunicipalityProfileInput): BilingualText {
  const mandate = target.accessMandate ?? 'referral-only';
  const inSentence = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);
  return {
    nl: inSentence(mandateLabel(mandate, 'nl')),
    en: inSentence(mandateLabel(mandate, 'en')),
  };
}

function labelOf(kind: PeerGroupKindCode, target: MunicipalityProfileInput): BilingualText {
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
    case 'access-mandate': {
      const mandate = mandateText(target);
      return {
        nl: `Gemeenten met als toegang: ${mandate.nl}`,
        en: `Municipalities whose teams' access is: ${mandate.en}`,
      };
    }
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
  target: MunicipalityProfileInput,
): BilingualText {
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
    case 'access-mandate': {
      const mandate = mandateText(target);
      return {
        nl: `Zelfde toegang van de teams: ${mandate.nl}.`,
        en: `Same access mandate of the teams: ${mandate.en}.`,
      };
    }
    default:
      return kind satisfies never;
  }
}

/**
 * A municipality's peer group, drawn by outcome-monitoring from the CBS characteristics of the
 * municipalities in `pool` (which must hold the target): the same size class, province,
 * urbanity or teams' access mandate, or the `size` nearest neighbours on standardized characteristics, each with why.
 */
export function drawPeerGroup(
  kind: PeerGroupKindCode,
  target: MunicipalityProfileInput,
  pool: readonly MunicipalityProfileInput[],
  size: number,
): PeerGroupShape {
  const members =
    kind === 'similar'
      ? findSimilarMunicipalities(target.code, pool, { k: size }).map((peer) => ({
          code: peer.code,
          reason: peer.reason,
          distance: peer.distance,
        }))
      : findPeerGroup(target.code, pool, kind).map((peer) => ({
          code: peer.code,
          reason: fixedReason(kind, target),
          distance: null,
        }));
  return { kind, municipalityCode: target.code, label: labelOf(kind, target), members };
}
