import { z } from 'zod';
import { MonitoringError, parseInput } from './monitoring-error.js';
import {
  type MunicipalityProfile,
  type MunicipalityProfileInput,
  municipalityProfileSchema,
  sizeClassOf,
} from './municipality-profile.js';

/** The fixed ways to form a peer group (vergelijkingsgroep). */
export const PEER_GROUP_KINDS = ['size-class', 'province', 'urbanity', 'access-mandate'] as const;
export type PeerGroupKind = (typeof PEER_GROUP_KINDS)[number];

const profilesSchema = z.array(municipalityProfileSchema).superRefine((profiles, context) => {
  const seen = new Set<string>();
  for (const profile of profiles) {
    if (seen.has(profile.code)) {
      context.addIssue({
        code: 'custom',
        message: `${profile.code} appears twice; give each municipality once.`,
      });
    }
    seen.add(profile.code);
  }
});

/** Parses the municipality list once and finds the target in it, or refuses clearly. */
export function profilesWithTarget(
  targetCode: string,
  municipalities: readonly MunicipalityProfileInput[],
): { target: MunicipalityProfile; profiles: MunicipalityProfile[] } {
  const profiles = parseInput(profilesSchema, municipalities, 'municipality profiles');
  const target = profiles.find((profile) => profile.code === targetCode);
  if (target === undefined) {
    throw new MonitoringError(
      'invalid-input',
      `Municipality ${targetCode} is not among the ${profiles.length} municipalities given; it needs a profile to find its peers.`,
    );
  }
  return { target, profiles };
}

const KEY_OF: Record<PeerGroupKind, (profile: MunicipalityProfile) => string | number | null> = {
  'size-class': (profile) => sizeClassOf(profile.inhabitants),
  province: (profile) => profile.province,
  urbanity: (profile) => profile.urbanity,
  'access-mandate': (profile) => profile.accessMandate,
};

/**
 * The peer group (vergelijkingsgroep) of a municipality: the other municipalities in the same
 * CBS size class (gemeentegrootteklasse), province (provincie), urbanity class (stedelijkheid) or
 * with teams of the same access mandate (toegang), sorted by code. The municipality itself is not
 * among its peers; a municipality whose mandate is not known has no group by mandate.
 */
export function findPeerGroup(
  targetCode: string,
  municipalities: readonly MunicipalityProfileInput[],
  kind: PeerGroupKind,
): MunicipalityProfile[] {
  const { target, profiles } = profilesWithTarget(targetCode, municipalities);
  const keyOf = KEY_OF[kind];
  if (keyOf(target) === null) {
    throw new MonitoringError(
      'invalid-input',
      `The access mandate of ${target.code} is not known: it publishes no team composition, so it has no group by mandate.`,
    );
  }
  return profiles
    .filter((profile) => profile.code !== target.code && keyOf(profile) === keyOf(target))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}
