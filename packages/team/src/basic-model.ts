/**
 * The norms of the basic model (basismodel) of "Samenwerken in de wijk" (Sociaal Werk in de
 * Wijk, 2013) that the composition checks apply: a small core of at most eight (Belbin found
 * six to eight ideal and ten or eleven too large), at least 24 hours a week in the team and
 * the district, and two to four years for a team to settle in.
 */
export const BASIC_MODEL = {
  maxCoreSize: 8,
  idealCoreSize: { min: 6, max: 8 },
  minHoursInWijkPerWeek: 24,
  settlingInYears: { min: 2, max: 4 },
} as const;

/**
 * Contracted hours in one full-time equivalent (fte): a 36-hour week. FTE is always counted
 * from contracted hours (contracturen) of every current member, core and ring: the team's
 * figures, the `fte-per-10000-inhabitants` indicator and its SQL rollup alike. The hours a
 * member spends in the team or the wijk are figures of their own, not an FTE basis.
 */
export const HOURS_PER_FTE = 36;
