import { type SeededRandom, toDay } from './random.js';

/**
 * The rates the demo seed draws from, each following a published national figure (the table in
 * this folder's README names the source of each). A municipality's own rate varies around the
 * national one with its team model and a spread of its own, so the benchmark shows a
 * distribution and small-number suppression falls where it would in reality.
 */

/** Municipalities with social neighbourhood teams: about 80 % (Movisie wijkteam survey, 2022). */
export const SHARE_WITH_TEAMS = 0.8;

/**
 * Municipalities of at least this many inhabitants are assumed to have teams (almost) always:
 * the large cities all run wijkteams or buurtteams. The smaller ones then have a team with the
 * chance that brings the national share to SHARE_WITH_TEAMS.
 */
export const LARGE_MUNICIPALITY = 100_000;
const LARGE_SHARE_WITH_TEAMS = 0.97;

/** The chance a municipality of this size has teams, so that the country's share is 80 %. */
export function chanceOfTeams(inhabitants: number, largeShare: number): number {
  if (inhabitants >= LARGE_MUNICIPALITY) return LARGE_SHARE_WITH_TEAMS;
  // largeShare: the share of municipalities that are large; the rest make up the difference.
  return (SHARE_WITH_TEAMS - largeShare * LARGE_SHARE_WITH_TEAMS) / (1 - largeShare);
}

/**
 * Team models (Movisie surveys): about 46 % broad (all ages, all life domains), 10 % complex
 * cases only, 23 % one domain (mostly youth and family); the remaining 21 % mix these. Each model
 * reaches its own share of households a year (reach per 1,000 households, the median of the
 * model; a municipality varies around it). Broad teams take in most questions that once went to
 * the Wmo desk (72 Wmo clients per 1,000 inhabitants, CBS); youth teams follow youth care
 * through the wijkteam (79,435 young people in 2019, CBS: about 10 per 1,000 households); teams
 * for complex cases only see the few households with problems on many life domains.
 */
export const TEAM_MODELS = [
  { model: 'broad', share: 0.46, reachPer1000: 24, kinds: ['all-ages'] },
  { model: 'complex-cases', share: 0.1, reachPer1000: 7, kinds: ['all-ages'] },
  { model: 'one-domain', share: 0.23, reachPer1000: 10, kinds: ['youth-and-family'] },
  { model: 'mixed', share: 0.21, reachPer1000: 15, kinds: ['all-ages', 'youth-and-family'] },
] as const;

export type TeamModel = (typeof TEAM_MODELS)[number];

export function drawTeamModel(random: SeededRandom): TeamModel {
  let draw = random.next();
  for (const model of TEAM_MODELS) {
    draw -= model.share;
    if (draw < 0) return model;
  }
  return TEAM_MODELS[0];
}

/** A municipality's own yearly reach: its model's median times a log-normal spread (about ±35 %). */
export function drawReachPer1000(random: SeededRandom, model: TeamModel): number {
  return model.reachPer1000 * Math.exp(random.normal(0, 0.35));
}

/**
 * Registered events a year: evictions about 0.1-0.3 per 1,000 households (Aedes: about 1,200
 * by housing corporations in 2022, plus private landlords); evictions the team prevented,
 * assumed one in ten of the tenants in rent arrears (Aedes: 135,000 in 2022, 16 per 1,000
 * households); supervision orders (OTS) per 1,000 minors, from the 19,390 in force at the end of
 * 2022 (CBS) over an order's usual two years: about 2.8 new per 1,000 minors a year.
 */
export const EVENT_RATES = [
  { type: 'eviction', perYear: 0.2, per: 'household' },
  { type: 'eviction-prevented', perYear: 1.6, per: 'household' },
  { type: 'supervision-order', perYear: 2.8, per: 'minor' },
] as const;

/** Minors estimated at the national share of inhabitants (CBS: 19.5 % under 18 in 2024). */
export const SHARE_OF_MINORS = 0.195;

/**
 * Core members with at least 24 hours a week in the team and the wijk, the basic model's rule
 * (Movisie, "Samenwerken in de wijk"): most do. About a third of the teams keep it for every core
 * member; in the others each core member keeps it with a chance of 70 %.
 */
export const SHARE_OF_TEAMS_ALL_24_HOURS = 0.35;
export const CHANCE_OF_24_HOURS = 0.7;

/** The first and last day of the seeded world per scale: the demo starts later, to stay small. */
export function seededDays(scale: 'demo' | 'small' | 'national') {
  return {
    firstDay: toDay(scale === 'demo' ? '2024-01-01' : '2022-07-01'),
    lastDay: toDay('2026-09-30'),
  };
}
