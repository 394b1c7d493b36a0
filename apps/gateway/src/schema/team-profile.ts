import { readComparisonFigures } from '@wijknet/db';
import {
  benchmarkAccessOf,
  compareFigures,
  DEFAULT_SUPPRESSION_THRESHOLD,
  getIndicator,
  periodsOfRange,
  periodsWithPrevious,
} from '@wijknet/outcome-monitoring';
import { builder } from '../builder.js';
import type { MunicipalityRow } from '../data/municipality-rows.js';
import { BenchmarkFigure, type LabelledFigure } from './benchmark-figure.js';
import { periodRangeArgs } from './codes.js';
import { PeriodGranularity } from './compare.js';
import { Municipality } from './municipality.js';

/** The profile's fields and the registry indicator behind each, with its description. */
const PROFILE_FIELDS = {
  teamsCoveringThreeDomains: [
    'teams-covering-three-domains',
    'Share of teams whose core covers the three generalist domains (drie domeinen gedekt).',
  ],
  teamsCoreAtMost8: [
    'teams-core-at-most-8',
    'Share of teams with a core of at most 8 (kern van hoogstens 8).',
  ],
  teamsCore24Hours: [
    'teams-core-24-hours',
    'Share of teams whose every core member spends 24 hours or more in the wijk (24 uur in de wijk).',
  ],
  teamsWithLead: ['teams-with-lead', 'Share of teams with a lead or coordinator (teamleider).'],
  teamsMeetingBasicModel: [
    'teams-meeting-basic-model',
    'Share of teams meeting every check of the basic model (basismodel); n is the number of teams.',
  ],
  coreSize: ['core-size', 'Mean core size per team (kerngrootte).'],
  ftePer10000Inhabitants: [
    'fte-per-10000-inhabitants',
    'FTE per 10,000 inhabitants (fte per 10.000 inwoners).',
  ],
  teamAgeYears: [
    'team-age-years',
    'Mean team age in years (teamleeftijd): teams need 2–4 years to settle in.',
  ],
  hoursInWijkPerCoreMember: [
    'hours-in-wijk-per-core-member',
    'Mean hours a week in the wijk per core member (uren in de wijk per kernlid).',
  ],
  coreMembersAtLeast24Hours: [
    'core-members-at-least-24-hours',
    'Share of core members spending 24 hours or more a week in the wijk (aandeel kernleden ≥ 24 uur).',
  ],
} as const;

type ProfileField = keyof typeof PROFILE_FIELDS;

type ProfilePeriod = { readonly period: string } & Record<ProfileField, LabelledFigure>;

const TeamProfilePeriod = builder.objectRef<ProfilePeriod>('TeamProfilePeriod').implement({
  description:
    'A municipality’s team composition and hours in the wijk in one period (teamprofiel), each figure placed in the national distribution. Aggregates over the municipality’s teams: published ones for others, all of them for the municipality itself.',
  fields: (t) => ({
    period: t.exposeString('period', { description: 'The period (periode): 2025-Q3 or 2025.' }),
    ...(Object.fromEntries(
      Object.entries(PROFILE_FIELDS).map(([field, [, description]]) => [
        field,
        t.field({
          type: BenchmarkFigure,
          description,
          resolve: (period) => period[field as ProfileField],
        }),
      ]),
    ) as Record<ProfileField, ReturnType<typeof t.field>>),
  }),
});

builder.objectField(Municipality, 'teamProfile', (t) =>
  t.field({
    type: [TeamProfilePeriod],
    description:
      'Team composition and hours in the wijk over time (teamprofiel): teams meeting each check of the basic model, core size, FTE per 10,000 inhabitants, hours in the wijk per core member and the share at 24 hours or more, from the rollups. Needs a token; the same publication and suppression rules as compare.',
    authScopes: { authenticated: true },
    args: {
      granularity: t.arg({
        type: PeriodGranularity,
        required: true,
        description: 'Quarters or years.',
      }),
      ...periodRangeArgs(t.arg),
    },
    resolve: async (municipality: MunicipalityRow, args, context) => {
      const periods = periodsOfRange(args.granularity, args.from, args.to);
      const access = benchmarkAccessOf(context.viewer);
      const indicators = Object.values(PROFILE_FIELDS).map(([code]) => getIndicator(code));
      const { figures, publishers } = await readComparisonFigures(context.db, {
        indicatorCodes: indicators.map((indicator) => indicator.code),
        periods: periodsWithPrevious(periods),
        ownMunicipalityId: access.ownMunicipalityId,
      });
      const comparisons = compareFigures({
        indicators,
        periods,
        namedMunicipalities: [municipality.id],
        listedMunicipalities: [],
        figures,
        publishers,
        access,
        threshold: DEFAULT_SUPPRESSION_THRESHOLD,
      });
      return periods.map((period, index) => {
        const figures = Object.entries(PROFILE_FIELDS).map(([field, [code]]) => {
          const comparison = comparisons.find((candidate) => candidate.indicator.code === code);
          const figure = comparison?.periods[index]?.figures[0];
          if (!figure) throw new Error(`compareFigures left out ${code} ${period}`);
          return [field, { ...figure, municipality }];
        });
        return { period, ...Object.fromEntries(figures) } as ProfilePeriod;
      });
    },
  }),
);
