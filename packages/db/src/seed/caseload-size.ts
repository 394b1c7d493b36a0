import {
  chanceOfTeams,
  drawReachPer1000,
  drawTeamModel,
  EVENT_RATES,
  SHARE_OF_MINORS,
  SHARE_WITH_TEAMS,
  seededDays,
  type TeamModel,
} from './published-rates.js';
import type { SeededRandom } from './random.js';

export const SEED_SCALES = ['demo', 'small', 'national'] as const;
export type SeedScale = (typeof SEED_SCALES)[number];

/**
 * Of all households, the 80-20-5 rule expects about 20 % to need support: the small and national
 * scales register 19 % of a municipality's households (of the national volume) over their four
 * seeded years, a load for benchmarks rather than a year's reach.
 */
export const REACH = 0.19;

/**
 * How long, on average, a household stays with its team: its plans (about a year each, a quarter
 * of households get a second one) and the gaps between them. A household registered within this
 * many days before a year began, or during it, counts in the year's reach; so a yearly reach of R
 * per 1,000 households takes R / (365 + STAY_DAYS) new households per 1,000 a day.
 */
export const STAY_DAYS = 470;

/** The municipalities the demo shows in full detail: Leeuwarden and its Frisian neighbours, Haarlem. */
export const DEMO_MUNICIPALITIES = ['GM0080', 'GM0072', 'GM0088', 'GM1900', 'GM0392'];

export interface MunicipalityFacts {
  readonly id: string;
  readonly inhabitants: number;
  readonly households: number;
}

/** What the seed draws for one municipality before any row: whether it has teams, and how many. */
export interface CaseloadSize {
  /** The team model its teams follow; null for a municipality without social neighbourhood teams. */
  readonly model: TeamModel | null;
  /** The yearly reach (per 1,000 households) its households are drawn for; demo scale only. */
  readonly reachPer1000: number | null;
  /** Households registered over the seeded days. */
  readonly households: number;
  readonly firstDay: number;
  readonly lastDay: number;
  /** Expected registered events of each type over the seeded days. */
  readonly events: readonly { readonly type: string; readonly expected: number }[];
}

/** The share of the national caseload the small and national scales seed for a municipality. */
function shareOfNational(scale: SeedScale): number {
  return scale === 'small' ? 0.01 : 1;
}

/**
 * Draws a municipality's size: at every scale about 80 % of municipalities have teams (the demo
 * municipalities always), each with a team model; at the demo scale its households follow the
 * yearly reach of that model, at the other scales a fixed share of all households.
 */
export function drawCaseloadSize(
  random: SeededRandom,
  municipality: MunicipalityFacts,
  options: { readonly scale: SeedScale; readonly largeShare: number },
): CaseloadSize {
  const { firstDay, lastDay } = seededDays(options.scale);
  const hasTeams =
    DEMO_MUNICIPALITIES.includes(municipality.id) ||
    random.isTrue(chanceOfTeams(municipality.inhabitants, options.largeShare));
  const model = drawTeamModel(random);
  const reach = drawReachPer1000(random, model);
  if (!hasTeams)
    return { model: null, reachPer1000: null, households: 0, firstDay, lastDay, events: [] };
  const days = lastDay - firstDay;
  const years = days / 365.25;
  const isDemo = options.scale === 'demo';
  const share = shareOfNational(options.scale);
  // Registrations stop 30 days before the last day, so every household has had time to start.
  const households = isDemo
    ? Math.round(((municipality.households * reach) / 1000 / (365 + STAY_DAYS)) * (days - 30))
    : // The municipalities without teams leave their share of the load to those with them.
      Math.round((municipality.households * REACH * share) / SHARE_WITH_TEAMS);
  const minors = municipality.inhabitants * SHARE_OF_MINORS;
  const events = EVENT_RATES.map(({ type, perYear, per }) => ({
    type,
    expected:
      ((per === 'minor' ? minors : municipality.households) / 1000) * perYear * years * share,
  }));
  return { model, reachPer1000: isDemo ? reach : null, households, firstDay, lastDay, events };
}
