import type { Locale, LocalisedLabel } from '@wijknet/household';

/**
 * Kinds of team (soorten sociale wijkteams): the all-ages team for residents from 0 to 100
 * (0–100-jarigenteam), the youth-and-family team (jeugd- en gezinsteam) and the village team
 * that serves the villages of a rural municipality (dorpenteam).
 */
export const TEAM_KINDS = ['all-ages', 'youth-and-family', 'village'] as const;

/** A kind of team (soort team). */
export type TeamKind = (typeof TEAM_KINDS)[number];

const TEAM_KIND_LABELS: Record<TeamKind, LocalisedLabel> = {
  'all-ages': { nl: 'Sociaal wijkteam 0–100 jaar', en: 'All-ages team (0–100)' },
  'youth-and-family': { nl: 'Jeugd- en gezinsteam', en: 'Youth-and-family team' },
  village: { nl: 'Dorpenteam', en: 'Village team' },
};

/** The name of a team kind as the web app shows it. */
export function teamKindLabel(kind: TeamKind, locale: Locale): string {
  return TEAM_KIND_LABELS[kind][locale];
}
