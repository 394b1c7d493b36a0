import type { Locale, LocalisedLabel } from '@wijknet/household';

/**
 * Membership rings (ringen): the `core` is the basic team (basisteam) of generalists; the
 * `ring` holds the temporary complement around it (tijdelijke aanvulling rond het team),
 * added when the questions in the district ask for more than the core can carry.
 */
export const RINGS = ['core', 'ring'] as const;

/** A membership ring (ring). */
export type Ring = (typeof RINGS)[number];

const RING_LABELS: Record<Ring, LocalisedLabel> = {
  core: { nl: 'Basisteam', en: 'Core team' },
  ring: { nl: 'Tijdelijke aanvulling (ring)', en: 'Ring (temporary complement)' },
};

/** The name of a ring as the web app shows it. */
export function ringLabel(ring: Ring, locale: Locale): string {
  return RING_LABELS[ring][locale];
}
