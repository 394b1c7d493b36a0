import type { Locale, LocalisedLabel } from '@wijknet/household';
import { z } from 'zod';

/**
 * The kinds of action (inzet) in a plan, from lightest to heaviest: the household's own network,
 * a volunteer, a collective activity (collectief aanbod), a team member, and a referral to
 * second-line help with a warm handover (warme overdracht).
 */
export const ACTION_KINDS = [
  'own-network',
  'volunteer',
  'collective-activity',
  'team-member',
  'second-line-referral',
] as const;

/** A kind of action (inzet) in a plan. */
export const actionKindSchema = z.enum(ACTION_KINDS, {
  error: (issue) =>
    `Unknown kind of action (inzet) ${JSON.stringify(issue.input)}: use one of ${ACTION_KINDS.join(', ')}.`,
});

/** A kind of action (inzet) in a plan. */
export type ActionKind = z.infer<typeof actionKindSchema>;

const ACTION_KIND_LABELS: Readonly<Record<ActionKind, LocalisedLabel>> = {
  'own-network': { nl: 'Eigen netwerk', en: 'Own network' },
  volunteer: { nl: 'Vrijwilliger', en: 'Volunteer' },
  'collective-activity': { nl: 'Collectief aanbod', en: 'Collective activity' },
  'team-member': { nl: 'Teamlid', en: 'Team member' },
  'second-line-referral': {
    nl: 'Verwijzing tweede lijn (warme overdracht)',
    en: 'Second-line referral (warm handover)',
  },
};

/** The name of a kind of action in Dutch (`nl`) or English (`en`). */
export function actionKindLabel(kind: ActionKind, locale: Locale): string {
  return ACTION_KIND_LABELS[kind][locale];
}
