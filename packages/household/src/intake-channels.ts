import { z } from 'zod';
import type { Locale, LocalisedLabel } from './locale.js';

/**
 * How a household came to the team (binnenkomst, toeleiding). `outreach` is the team going to
 * the resident (eropaf, vindplaatsgericht werken) rather than waiting for a request.
 */
export const INTAKE_CHANNELS = [
  'self',
  'general-practitioner',
  'school',
  'housing-corporation',
  'neighbour-or-network',
  'outreach',
  'police',
  'other',
] as const;

/** How a household came to the team (binnenkomst). */
export const intakeChannelSchema = z.enum(INTAKE_CHANNELS, {
  error: (issue) =>
    `Unknown intake channel (binnenkomst) ${JSON.stringify(issue.input)}: use one of ${INTAKE_CHANNELS.join(', ')}.`,
});

/** How a household came to the team (binnenkomst). */
export type IntakeChannel = z.infer<typeof intakeChannelSchema>;

const INTAKE_CHANNEL_LABELS: Readonly<Record<IntakeChannel, LocalisedLabel>> = {
  self: { nl: 'Zelf gemeld', en: 'Self-referred' },
  'general-practitioner': { nl: 'Huisarts', en: 'General practitioner' },
  school: { nl: 'School', en: 'School' },
  'housing-corporation': { nl: 'Woningcorporatie', en: 'Housing corporation' },
  'neighbour-or-network': { nl: 'Buren of netwerk', en: 'Neighbour or network' },
  outreach: { nl: 'Eropaf (vindplaatsgericht)', en: 'Outreach' },
  police: { nl: 'Politie', en: 'Police' },
  other: { nl: 'Anders', en: 'Other' },
};

/** The name of an intake channel (binnenkomst) in Dutch (`nl`) or English (`en`). */
export function intakeChannelLabel(channel: IntakeChannel, locale: Locale): string {
  return INTAKE_CHANNEL_LABELS[channel][locale];
}
