import { IndicatorFields } from '../components/indicator-explanation.graphql';
import { graphql } from '../graphql/graphql';

/** The indicator registry: the indicators page lists it, the other pages pick theirs from it. */
export const IndicatorsQuery = graphql(
  `
  query Indicators {
    indicators {
      ...IndicatorFields
    }
  }
`,
  [IndicatorFields],
);
