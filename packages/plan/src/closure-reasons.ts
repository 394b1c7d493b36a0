import type { Locale, LocalisedLabel } from '@wijknet/household';
import { z } from 'zod';

/** Why a plan was closed (reden van afsluiting). */
export const CLOSURE_REASONS = [
  'goals-achieved',
  'stable-with-light-follow-up',
  'moved',
  'refused-or-stopped',
  'permanently-referred',
  'other',
] as const;

/** Why a plan was closed (reden van afsluiting). */
export const closureReasonSchema = z.enum(CLOSURE_REASONS, {
  error: (issue) =>
    `Unknown closure reason (reden van afsluiting) ${JSON.stringify(issue.input)}: use one of ${CLOSURE_REASONS.join(', ')}.`,
});

/** Why a plan was closed (reden van afsluiting). */
export type ClosureReason = z.infer<typeof closureReasonSchema>;

const CLOSURE_REASON_LABELS: Readonly<Record<ClosureReason, LocalisedLabel>> = {
  'goals-achieved': { nl: 'Doelen bereikt', en: 'Goals achieved' },
  'stable-with-light-follow-up': {
    nl: 'Stabiel, met lichte nazorg',
    en: 'Stable with light follow-up',
  },
  moved: { nl: 'Verhuisd', en: 'Moved' },
  'refused-or-stopped': { nl: 'Geweigerd of gestopt', en: 'Refused or stopped' },
  'permanently-referred': { nl: 'Blijvend doorverwezen', en: 'Permanently referred' },
  other: { nl: 'Anders', en: 'Other' },
};

/** The name of a closure reason in Dutch (`nl`) or English (`en`). */
export function closureReasonLabel(reason: ClosureReason, locale: Locale): string {
  return CLOSURE_REASON_LABELS[reason][locale];
}
