import { IndicatorFields } from '../../components/indicator-explanation.graphql';
import { graphql } from '../../graphql/graphql';
import { NationalFields } from '../compare.graphql';

/**
 * The national report of a year: every indicator's distribution and every published value in
 * that year and the one before (for the movers). Read from compare, under its suppression.
 */
export const NationalReportQuery = graphql(
  `
  query NationalReport($input: CompareInput!) {
    compare(input: $input) {
      indicators {
        indicator { ...IndicatorFields }
        periods {
          period
          national { ...NationalFields }
          allMunicipalities { municipalityCode municipalityName value }
        }
      }
    }
  }
`,
  [IndicatorFields, NationalFields],
);
