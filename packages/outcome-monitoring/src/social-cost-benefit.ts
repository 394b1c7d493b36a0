import { z } from 'zod';
import { parseInput } from './monitoring-error.js';

const countSchema = z.number().int('A count is a whole number.').min(0, 'A count is not negative.');
const centsSchema = z
  .number()
  .int('Amounts are whole euro cents.')
  .min(0, 'An amount is not negative.')
  .max(Number.MAX_SAFE_INTEGER);

/** The kinds of prevented harm the cost-benefit analysis values (voorkomen schade). */
export const PREVENTED_HARMS = ['escalation', 'eviction', 'supervisionOrder'] as const;
export type PreventedHarm = (typeof PREVENTED_HARMS)[number];

/**
 * Input of a social cost-benefit analysis (maatschappelijke kosten-batenanalyse, MKBA): what the
 * team prevented over the horizon, what one prevented case saves (set by the user), and what
 * the team cost over the same horizon. All money in euro cents.
 */
export const socialCostBenefitInputSchema = z.object({
  /** Prevented cases (voorkomen gevallen): escalations (opschalingen), evictions, OTS. */
  prevented: z.object({
    escalation: countSchema,
    eviction: countSchema,
    supervisionOrder: countSchema,
  }),
  /** What one prevented case saves society, in cents (kosten per geval). */
  unitCostsCents: z.object({
    escalation: centsSchema,
    eviction: centsSchema,
    supervisionOrder: centsSchema,
  }),
  /** Other valued benefits, e.g. other workers no longer needed (overige baten), in cents. */
  otherBenefitsCents: centsSchema.default(0),
  /** The cost of the team over the horizon (kosten van het team), in cents. */
  teamCostCents: centsSchema.min(1, 'The team cost must be more than zero to compare against.'),
});

export type SocialCostBenefitInput = z.input<typeof socialCostBenefitInputSchema>;

/** One benefit line (batenpost): count × unit cost. */
export interface BenefitLine {
  readonly harm: PreventedHarm;
  readonly count: number;
  readonly unitCostCents: number;
  readonly totalCents: number;
}

/** The balance (maatschappelijk saldo) of a social cost-benefit analysis, in euro cents. */
export interface SocialCostBenefit {
  readonly benefitLines: readonly BenefitLine[];
  /** Total benefits (baten), prevented harm plus other benefits. */
  readonly benefitsCents: number;
  /** Total costs (kosten): the team. */
  readonly costsCents: number;
  /** Benefits − costs (maatschappelijk saldo); negative when the team costs more. */
  readonly netBalanceCents: number;
  /** Benefits per euro invested (opbrengst per euro): 1.60 means €1.60 back for every €1. */
  readonly returnPerEuro: number;
}

/**
 * Social cost-benefit analysis (MKBA) of a team: values prevented escalations, evictions and
 * supervision orders at the user's unit costs and sets them against the team's cost. No
 * discounting: give every amount in prices of one year over one horizon.
 */
export function socialCostBenefit(input: SocialCostBenefitInput): SocialCostBenefit {
  const { prevented, unitCostsCents, otherBenefitsCents, teamCostCents } = parseInput(
    socialCostBenefitInputSchema,
    input,
    'cost-benefit figures',
  );
  const benefitLines = PREVENTED_HARMS.map((harm) => ({
    harm,
    count: prevented[harm],
    unitCostCents: unitCostsCents[harm],
    totalCents: prevented[harm] * unitCostsCents[harm],
  }));
  const benefitsCents =
    benefitLines.reduce((sum, line) => sum + line.totalCents, 0) + otherBenefitsCents;
  return {
    benefitLines,
    benefitsCents,
    costsCents: teamCostCents,
    netBalanceCents: benefitsCents - teamCostCents,
    returnPerEuro: benefitsCents / teamCostCents,
  };
}
