import { z } from 'zod';
import { MonitoringError, parseInput } from './monitoring-error.js';
import {
  type MunicipalityProfile,
  type MunicipalityProfileInput,
  municipalityProfileSchema,
  sizeClassOf,
} from './municipality-profile.js';

/** The fixed ways to form a peer group (vergelijkingsgroep). */
export const PEER_GROUP_KINDS = ['size-class', 'province', 'urbanity'] as const;
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

const KEY_OF: Record<PeerGroupKind, (profile: MunicipalityProfile) => string | number> = {
  'size-class': (profile) => sizeClassOf(profile.inhabitants),
  province: (profile) => profile.province,
  urbanity: (profile) => profile.urbanity,
};

/**
 * The peer group (vergelijkingsgroep) of a municipality: the other municipalities in the same
 * CBS size class (gemeentegrootteklasse), province (provincie) or urbanity class
 * (stedelijkheid), sorted by code. The municipality itself is not among its peers.
 */
export function findPeerGroup(
  targetCode: string,
  municipalities: readonly MunicipalityProfileInput[],
  kind: PeerGroupKind,
): MunicipalityProfile[] {
  const { target, profiles } = profilesWithTarget(targetCode, municipalities);
  const keyOf = KEY_OF[kind];
  return profiles
    .filter((profile) => profile.code !== target.code && keyOf(profile) === keyOf(target))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}
