import { IndicatorFields } from '../components/indicator-explanation.graphql';
import { SuppressionFields } from '../format/suppression.graphql';
import { graphql } from '../graphql/graphql';

/** One municipality's figure placed in the national distribution: what tables and strips show. */
export const BenchmarkFigureFields = graphql(
  `
  fragment BenchmarkFigureFields on BenchmarkFigure {
    municipality { code name }
    value
    n
    suppression { ...SuppressionFields }
    suppressedForOthers { ...SuppressionFields }
    zScore
    rank
    rankOutOf
    changeOnPreviousPeriod
    completeness { share threshold isBelowThreshold }
  }
`,
  [SuppressionFields],
);

/** The national distribution (landelijke spreiding) of an indicator in a period. */
export const NationalFields = graphql(`
  fragment NationalFields on NationalDistribution {
    median
    mean
    p10
    p25
    p75
    p90
    municipalityCount
  }
`);

/**
 * What the compare page draws first, in one request: the chosen indicator over the period range
 * (the time series and its table) and every municipality's value in the last period (the map
 * and its table). The other indicators follow in CompareSectionsQuery, after the first paint.
 */
export const CompareIndicatorQuery = graphql(
  `
  query CompareIndicator($series: CompareInput!, $latest: CompareInput!) {
    series: compare(input: $series) {
      indicators {
        indicator { ...IndicatorFields }
        periods {
          period
          national { ...NationalFields }
          figures { ...BenchmarkFigureFields }
        }
      }
    }
    latest: compare(input: $latest) {
      indicators {
        indicator { code }
        periods {
          period
          allMunicipalities {
            municipalityCode
            municipalityName
            value
            n
            suppression { ...SuppressionFields }
          }
        }
      }
    }
  }
`,
  [IndicatorFields, NationalFields, BenchmarkFigureFields, SuppressionFields],
);

/**
 * Every indicator of a compare page in the last period: the chosen municipalities' figures for
 * the tables and every municipality's value for the strip plots.
 */
export const CompareSectionsQuery = graphql(
  `
  query CompareSections($input: CompareInput!) {
    compare(input: $input) {
      indicators {
        indicator { ...IndicatorFields }
        periods {
          period
          national { ...NationalFields }
          figures { ...BenchmarkFigureFields }
          allMunicipalities { municipalityCode municipalityName value }
        }
      }
    }
  }
`,
  [IndicatorFields, NationalFields, BenchmarkFigureFields],
);
