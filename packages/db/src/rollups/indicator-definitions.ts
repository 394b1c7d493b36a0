/**
 * The indicators the rollups count, mirroring the registry of @wijknet/outcome-monitoring (same
 * codes and groups; a test holds the two together). `scale` turns numerator / denominator into
 * the indicator's unit: shares are fractions (1), per-1000 figures 1000, FTE per 10,000 10000.
 */
export const INDICATOR_DEFINITIONS = [
  { code: 'zrm-mean-change', indicatorGroup: 'outcomes', scale: 1 },
  { code: 'closed-plans-improved-on-goals', indicatorGroup: 'outcomes', scale: 1 },
  { code: 'closed-plans-goals-achieved', indicatorGroup: 'outcomes', scale: 1 },
  { code: 'plans-escalated', indicatorGroup: 'outcomes', scale: 1 },
  { code: 'escalations-de-escalated-within-12-months', indicatorGroup: 'outcomes', scale: 1 },
  { code: 'one-plan-compliance', indicatorGroup: 'access', scale: 1 },
  { code: 'reach-per-1000-households', indicatorGroup: 'access', scale: 1000 },
  { code: 'median-days-to-first-plan', indicatorGroup: 'access', scale: 1 },
  { code: 'evictions-per-1000-households', indicatorGroup: 'safety', scale: 1000 },
  { code: 'evictions-prevented-per-1000-households', indicatorGroup: 'safety', scale: 1000 },
  { code: 'supervision-orders-per-1000-minors', indicatorGroup: 'safety', scale: 1000 },
  { code: 'core-size', indicatorGroup: 'composition', scale: 1 },
  { code: 'teams-covering-three-domains', indicatorGroup: 'composition', scale: 1 },
  { code: 'teams-core-at-most-8', indicatorGroup: 'composition', scale: 1 },
  { code: 'teams-core-24-hours', indicatorGroup: 'composition', scale: 1 },
  { code: 'teams-with-lead', indicatorGroup: 'composition', scale: 1 },
  { code: 'teams-meeting-basic-model', indicatorGroup: 'composition', scale: 1 },
  { code: 'fte-per-10000-inhabitants', indicatorGroup: 'composition', scale: 10000 },
  { code: 'team-age-years', indicatorGroup: 'composition', scale: 1 },
  { code: 'hours-in-wijk-per-core-member', indicatorGroup: 'hours', scale: 1 },
  { code: 'core-members-at-least-24-hours', indicatorGroup: 'hours', scale: 1 },
] as const;

export type IndicatorCode = (typeof INDICATOR_DEFINITIONS)[number]['code'];
