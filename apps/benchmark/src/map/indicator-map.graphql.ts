import { SuppressionFields } from '../format/suppression.graphql';
import { graphql } from '../graphql/graphql';

/** One indicator for every district of a municipality: the map's districts and their table. */
export const DistrictFiguresQuery = graphql(
  `
  query DistrictFigures($code: String!, $indicatorCode: ID!, $period: String!) {
    municipality(code: $code) {
      code
      name
      districtFigures(indicatorCode: $indicatorCode, period: $period) {
        district { code name }
        value
        n
        suppression { ...SuppressionFields }
      }
    }
  }
`,
  [SuppressionFields],
);
