import { readComparisonFigures } from '@wijknet/db';
import { municipalityCodeSchema } from '@wijknet/household';
import {
  type BenchmarkFigure as BenchmarkFigureShape,
  benchmarkAccessOf,
  compareFigures,
  DEFAULT_SUPPRESSION_THRESHOLD,
  getIndicator,
  INDICATORS,
  type IndicatorComparison as IndicatorComparisonShape,
  type IndicatorDefinition,
  type NationalDistribution as NationalDistributionShape,
  type PeriodComparison as PeriodComparisonShape,
  periodsOfRange,
  periodsWithPrevious,
} from '@wijknet/outcome-monitoring';
import { z } from 'zod';
import { builder } from '../builder.js';
import { readCompletenessFlags } from '../data/completeness-flags.js';
import { loadPeerGroup } from '../data/load-peer-group.js';
import { readMunicipalityRows, rowOf } from '../data/municipality-rows.js';
import { GatewayError } from '../errors/gateway-error.js';
import { BenchmarkFigure, type LabelledFigure, MunicipalValue } from './benchmark-figure.js';
import { periodRangeFields } from './codes.js';
import { Indicator } from './indicator.js';
import { PeerGroupInput } from './peer-group.js';

export const PeriodGranularity = builder.enumType('PeriodGranularity', {
  description: 'Quarters (kwartalen) or years (jaren).',
  values: {
    QUARTER: { value: 'quarter', description: 'Calendar quarters, written 2025-Q3 (kwartaal).' },
    YEAR: { value: 'year', description: 'Calendar years, written 2025 (jaar).' },
  } as const,
});

const NationalDistribution = builder
  .objectRef<NationalDistributionShape>('NationalDistribution')
  .implement({
    description:
      'The national distribution (landelijke spreiding) of an indicator in a period, over every municipality with a published, unsuppressed value. Unpublished and suppressed figures take no part, so the distribution is the same for every viewer.',
    fields: (t) => ({
      median: t.exposeFloat('median', { nullable: true, description: 'Median (mediaan).' }),
      p10: t.exposeFloat('p10', { nullable: true, description: '10th percentile (P10).' }),
      p25: t.exposeFloat('p25', {
        nullable: true,
        description: '25th percentile (P25, eerste kwartiel).',
      }),
      p75: t.exposeFloat('p75', {
        nullable: true,
        description: '75th percentile (P75, derde kwartiel).',
      }),
      p90: t.exposeFloat('p90', { nullable: true, description: '90th percentile (P90).' }),
      mean: t.exposeFloat('mean', { nullable: true, description: 'Mean (gemiddelde).' }),
      standardDeviation: t.exposeFloat('standardDeviation', {
        nullable: true,
        description:
          'Sample standard deviation (standaardafwijking); null below two municipalities.',
      }),
      municipalityCount: t.exposeInt('municipalityCount', {
        description: 'Number of municipalities behind the distribution (aantal gemeenten).',
      }),
    }),
  });

type PeriodWithRows = Omit<PeriodComparisonShape, 'figures'> & {
  readonly figures: readonly LabelledFigure[];
};

const PeriodComparison = builder.objectRef<PeriodWithRows>('PeriodComparison').implement({
  description: 'One indicator in one period (periode): the national distribution and the figures.',
  fields: (t) => ({
    period: t.exposeString('period', { description: 'The period (periode): 2025-Q3 or 2025.' }),
    national: t.field({
      type: NationalDistribution,
      description: 'The national distribution (landelijke spreiding).',
      resolve: (period) => period.national,
    }),
    figures: t.field({
      type: [BenchmarkFigure],
      description:
        'One figure per municipality asked for, in the order asked; then the peer group’s members that publish the indicator’s group.',
      resolve: (period) => period.figures,
    }),
    allMunicipalities: t.field({
      type: [MunicipalValue],
      description:
        'Every municipality that publishes the indicator’s group (and your own), with its value or the reason there is none, by code.',
      resolve: (period) => period.allMunicipalities,
    }),
  }),
});

type IndicatorWithRows = Omit<IndicatorComparisonShape, 'periods'> & {
  readonly periods: readonly PeriodWithRows[];
};

const IndicatorComparison = builder.objectRef<IndicatorWithRows>('IndicatorComparison').implement({
  description: 'One indicator compared over the periods (vergelijking per indicator).',
  fields: (t) => ({
    indicator: t.field({
      type: Indicator,
      description: 'The indicator (indicator).',
      resolve: (comparison) => comparison.indicator,
    }),
    periods: t.field({
      type: [PeriodComparison],
      description: 'The periods, oldest first.',
      resolve: (comparison) => comparison.periods,
    }),
  }),
});

const Comparison = builder
  .objectRef<{ periods: readonly string[]; indicators: readonly IndicatorWithRows[] }>('Comparison')
  .implement({
    description:
      'A benchmark comparison (benchmarkvergelijking) of municipalities against the nation.',
    fields: (t) => ({
      periods: t.exposeStringList('periods', {
        description: 'The periods of the range, oldest first.',
      }),
      indicators: t.field({
        type: [IndicatorComparison],
        description: 'One entry per indicator asked for, in the order asked.',
        resolve: (comparison) => comparison.indicators,
      }),
    }),
  });

const MAX_MUNICIPALITIES = 400;
/** Indicators × periods in one comparison: every indicator over two years of quarters, or fewer over longer. */
const MAX_INDICATOR_PERIODS = 168;

const CompareInput = builder.inputType('CompareInput', {
  description:
    'What to compare (vergelijking): indicators, municipalities (named, a peer group, or both) and a range of periods.',
  fields: (t) => ({
    indicatorCodes: t.idList({
      required: true,
      description: 'Indicator codes (indicatorcodes) from the registry, 1 to all of them.',
      validate: z
        .array(z.string())
        .min(1, 'Ask for at least one indicator.')
        .max(INDICATORS.length, `Ask for at most ${INDICATORS.length} indicators.`),
    }),
    municipalityCodes: t.idList({
      required: false,
      description:
        'Municipalities (gemeenten) by CBS code; each comes back, with NOT_PUBLISHED where it did not publish.',
      validate: z
        .array(municipalityCodeSchema)
        .max(MAX_MUNICIPALITIES, `Name at most ${MAX_MUNICIPALITIES} municipalities.`),
    }),
    peerGroup: t.field({
      type: PeerGroupInput,
      required: false,
      description:
        'A peer group (vergelijkingsgroep): its municipality comes first, then the members that publish.',
    }),
    granularity: t.field({
      type: PeriodGranularity,
      required: true,
      description: 'Quarters or years (kwartalen of jaren).',
    }),
    ...periodRangeFields(t),
  }),
});

builder.queryField('compare', (t) =>
  t.field({
    type: Comparison,
    description:
      'Benchmark figures of municipalities against the nation per indicator and period (benchmark): value, n, national median and P10/P25/P75/P90, z-score, rank and change on the previous period. Read from the rollups in a few SQL statements whatever the number of municipalities. Open to anyone: without a token, and for an institute, the published aggregates after suppression; a municipality also sees its own figures in full.',
    // Published aggregates are public by design (benchmarkAccessOf treats an anonymous viewer
    // as an institute): the national figures are what a visitor of the web app may see.
    authScopes: { public: true },
    args: { input: t.arg({ type: CompareInput, required: true, description: 'What to compare.' }) },
    resolve: async (_root, { input }, context) => {
      const indicators: IndicatorDefinition[] = input.indicatorCodes.map((code) =>
        getIndicator(String(code)),
      );
      const periods = periodsOfRange(input.granularity, input.from, input.to);
      if (indicators.length * periods.length > MAX_INDICATOR_PERIODS) {
        throw new GatewayError(
          'BAD_USER_INPUT',
          `${indicators.length} indicators over ${periods.length} periods is more than one comparison holds (${MAX_INDICATOR_PERIODS} indicator-periods); ask for fewer indicators or a shorter range.`,
        );
      }
      const access = benchmarkAccessOf(context.viewer);
      const named = (input.municipalityCodes ?? []).map(String);
      const peerGroup = input.peerGroup
        ? await loadPeerGroup(context.db, access, {
            kind: input.peerGroup.kind,
            municipalityCode: String(input.peerGroup.municipalityCode),
            size: input.peerGroup.size ?? 10,
          })
        : null;
      const namedMunicipalities = peerGroup ? [...named, peerGroup.municipalityCode] : named;
      const listedMunicipalities = peerGroup?.members.map((member) => member.code) ?? [];
      // The list of every municipality carries its names already; only the figures asked for
      // (named, or of the peer group) need their municipality's reference row. Both reads are
      // sent at once, so the transaction waits for one round trip instead of two.
      const [{ figures, publishers }, rows] = await Promise.all([
        readComparisonFigures(context.db, {
          indicatorCodes: indicators.map((indicator) => indicator.code),
          periods: periodsWithPrevious(periods),
          ownMunicipalityId: access.ownMunicipalityId,
        }),
        readMunicipalityRows(context.db, [...namedMunicipalities, ...listedMunicipalities]),
      ]);
      const comparisons = compareFigures({
        indicators,
        periods,
        namedMunicipalities,
        listedMunicipalities,
        figures,
        publishers,
        access,
        threshold: DEFAULT_SUPPRESSION_THRESHOLD,
      });
      const completenessOf = await readCompletenessFlags(context.db, comparisons);
      const label =
        (indicator: IndicatorDefinition, period: string) =>
        (figure: BenchmarkFigureShape): LabelledFigure => ({
          ...figure,
          municipality: rowOf(rows, figure.municipalityCode),
          completeness:
            figure.value === null
              ? null
              : completenessOf(indicator, figure.municipalityCode, period),
        });
      return {
        periods,
        indicators: comparisons.map((comparison) => ({
          ...comparison,
          periods: comparison.periods.map((period) => ({
            ...period,
            figures: period.figures.map(label(comparison.indicator, period.period)),
          })),
        })),
      };
    },
  }),
);
