import { readMunicipalityRollups } from '@wijknet/db';
import {
  type BenefitLine as BenefitLineShape,
  benchmarkAccessOf,
  COST_BENEFIT_INDICATORS,
  DEFAULT_SUPPRESSION_THRESHOLD,
  periodsToRead,
  periodsWithin,
  type SocialCostBenefit as SocialCostBenefitShape,
  socialCostBenefit,
  sumCostBenefitCounts,
} from '@wijknet/outcome-monitoring';
import { z } from 'zod';
import { builder } from '../builder.js';
import { periodRangeFields } from './codes.js';
import { Municipality } from './municipality.js';

const cents = z.number().int('Amounts are whole euro cents.').min(0, 'An amount is not negative.');

const UnitCostsInput = builder.inputType('UnitCostsInput', {
  description:
    'Your unit costs (kosten per eenheid) in euro cents: what one prevented case saves society, and what one FTE costs a year.',
  fields: (t) => ({
    escalationCents: t.int({
      required: true,
      description: 'Saved per prevented escalation to specialist help (opschaling), in cents.',
      validate: cents,
    }),
    evictionCents: t.int({
      required: true,
      description: 'Saved per prevented eviction (uithuiszetting), in cents.',
      validate: cents,
    }),
    supervisionOrderCents: t.int({
      required: true,
      description: 'Saved per prevented supervision order (ondertoezichtstelling, OTS), in cents.',
      validate: cents,
    }),
    ftePerYearCents: t.int({
      required: true,
      description:
        'What one FTE of a team costs a year, all in (loonkosten per fte per jaar), in cents.',
      validate: cents,
    }),
  }),
});

const SocialCostBenefitInput = builder.inputType('SocialCostBenefitInput', {
  description:
    'A social cost-benefit analysis (MKBA) over a range of quarters or years, with your unit costs.',
  fields: (t) => ({
    ...periodRangeFields(t),
    unitCosts: t.field({
      type: UnitCostsInput,
      required: true,
      description: 'Your unit costs (kosten per eenheid).',
    }),
    preventedSupervisionOrders: t.int({
      required: false,
      defaultValue: 0,
      description:
        'Prevented supervision orders (voorkomen OTS) over the range, by your own count: wijknet registers supervision orders, not prevented ones.',
      validate: z.number().int().min(0, 'A count is not negative.'),
    }),
    otherBenefitsCents: t.int({
      required: false,
      defaultValue: 0,
      description: 'Other valued benefits over the range (overige baten), in cents.',
      validate: cents,
    }),
  }),
});

const HARMS = {
  escalation: 'ESCALATION',
  eviction: 'EVICTION',
  supervisionOrder: 'SUPERVISION_ORDER',
} as const;

const PreventedHarm = builder.enumType('PreventedHarm', {
  description: 'A kind of harm a team prevents (voorkomen schade).',
  values: {
    ESCALATION: { value: 'ESCALATION', description: 'Escalation to specialist help (opschaling).' },
    EVICTION: { value: 'EVICTION', description: 'Eviction (uithuiszetting).' },
    SUPERVISION_ORDER: {
      value: 'SUPERVISION_ORDER',
      description: 'Supervision order (ondertoezichtstelling, OTS).',
    },
  } as const,
});

const BenefitLine = builder.objectRef<BenefitLineShape>('BenefitLine').implement({
  description: 'One benefit line (batenpost): prevented cases × unit cost.',
  fields: (t) => ({
    harm: t.field({
      type: PreventedHarm,
      description: 'What was prevented.',
      resolve: (line) => HARMS[line.harm],
    }),
    count: t.exposeInt('count', { description: 'Prevented cases (aantal).' }),
    unitCostCents: t.exposeFloat('unitCostCents', {
      description: 'Saved per case (kosten per geval), in cents.',
    }),
    totalCents: t.exposeFloat('totalCents', {
      description: 'count × unit cost (totaal), in cents.',
    }),
  }),
});

type CostBenefitResult = SocialCostBenefitShape & {
  readonly from: string;
  readonly to: string;
  readonly teamFteMean: number;
  readonly unitCosts: {
    escalationCents: number;
    evictionCents: number;
    supervisionOrderCents: number;
    ftePerYearCents: number;
  };
};

const UnitCosts = builder.objectRef<CostBenefitResult['unitCosts']>('UnitCosts').implement({
  description: 'The unit costs the analysis used (kosten per eenheid), in euro cents.',
  fields: (t) => ({
    escalationCents: t.exposeFloat('escalationCents', { description: 'Per prevented escalation.' }),
    evictionCents: t.exposeFloat('evictionCents', { description: 'Per prevented eviction.' }),
    supervisionOrderCents: t.exposeFloat('supervisionOrderCents', {
      description: 'Per prevented supervision order.',
    }),
    ftePerYearCents: t.exposeFloat('ftePerYearCents', { description: 'Per FTE per year.' }),
  }),
});

const lineCount = (result: CostBenefitResult, harm: BenefitLineShape['harm']) =>
  result.benefitLines.find((line) => line.harm === harm)?.count ?? 0;

const SocialCostBenefit = builder.objectRef<CostBenefitResult>('SocialCostBenefit').implement({
  description:
    'A social cost-benefit analysis (maatschappelijke kosten-batenanalyse, MKBA) of a municipality’s teams, from outcome-monitoring’s socialCostBenefit: rolled-up prevented harm at your unit costs against the teams’ cost. Money in euro cents; no discounting.',
  fields: (t) => ({
    from: t.exposeString('from', { description: 'First period of the range.' }),
    to: t.exposeString('to', { description: 'Last period of the range.' }),
    preventedEscalations: t.int({
      description:
        'Escalations brought back to the team within 12 months (afgeschaald), counted as prevented specialist help.',
      resolve: (result) => lineCount(result, 'escalation'),
    }),
    preventedEvictions: t.int({
      description:
        'Evictions prevented (voorkomen uithuiszettingen), as the teams registered them.',
      resolve: (result) => lineCount(result, 'eviction'),
    }),
    preventedSupervisionOrders: t.int({
      description: 'Prevented supervision orders (voorkomen OTS), as you gave them.',
      resolve: (result) => lineCount(result, 'supervisionOrder'),
    }),
    teamFteMean: t.exposeFloat('teamFteMean', {
      description: 'Mean FTE of the teams over the quarters (gemiddelde formatie).',
    }),
    unitCosts: t.field({
      type: UnitCosts,
      description: 'The unit costs used.',
      resolve: (result) => result.unitCosts,
    }),
    benefitLines: t.field({
      type: [BenefitLine],
      description: 'The benefit lines (batenposten).',
      resolve: (result) => result.benefitLines,
    }),
    benefitCents: t.exposeFloat('benefitsCents', {
      description: 'Total benefits (baten), in cents.',
    }),
    teamCostCents: t.exposeFloat('costsCents', {
      description:
        'The teams’ cost over the range (kosten): FTE at each quarter’s end × a quarter of the yearly FTE cost.',
    }),
    netBalanceCents: t.exposeFloat('netBalanceCents', {
      description:
        'Benefits − costs (maatschappelijk saldo), in cents; negative when the teams cost more.',
    }),
    returnPerEuro: t.exposeFloat('returnPerEuro', {
      description:
        'Benefits per euro invested (opbrengst per euro): 1.60 means €1.60 back for every €1.',
    }),
  }),
});

builder.objectField(Municipality, 'socialCostBenefit', (t) =>
  t.field({
    type: SocialCostBenefit,
    nullable: true,
    description:
      'Social cost-benefit analysis (MKBA) over a range with your unit costs. A municipality gets its own in full; anyone else only when every quarter it sums is published and not suppressed (else SUPPRESSED).',
    authScopes: { authenticated: true },
    args: {
      input: t.arg({
        type: SocialCostBenefitInput,
        required: true,
        description: 'Range and unit costs.',
      }),
    },
    resolve: async (municipality, { input }, context) => {
      const quarters = periodsWithin(input.from, input.to).filter((period) =>
        period.includes('-Q'),
      );
      const access = benchmarkAccessOf(context.viewer);
      const rollups = await readMunicipalityRollups(context.db, {
        indicatorCodes: Object.values(COST_BENEFIT_INDICATORS),
        periods: periodsToRead(quarters),
        ownMunicipalityId: access.ownMunicipalityId,
        municipalityIds: [municipality.id],
      });
      const counts = sumCostBenefitCounts(rollups, {
        municipalityCode: municipality.id,
        quarters,
        access,
        threshold: DEFAULT_SUPPRESSION_THRESHOLD,
      });
      const { unitCosts } = input;
      const result = socialCostBenefit({
        prevented: {
          escalation: counts.preventedEscalations,
          eviction: counts.preventedEvictions,
          supervisionOrder: input.preventedSupervisionOrders ?? 0,
        },
        unitCostsCents: {
          escalation: unitCosts.escalationCents,
          eviction: unitCosts.evictionCents,
          supervisionOrder: unitCosts.supervisionOrderCents,
        },
        otherBenefitsCents: input.otherBenefitsCents ?? 0,
        teamCostCents: Math.round((counts.fteQuarters * unitCosts.ftePerYearCents) / 4),
      });
      return {
        ...result,
        from: input.from,
        to: input.to,
        teamFteMean: counts.fteQuarters / quarters.length,
        unitCosts,
      };
    },
  }),
);
