import { graphql } from '../graphql/graphql';

/** What the app shows of an indicator of the registry: its explanation, unit and direction. */
export const IndicatorFields = graphql(`
  fragment IndicatorFields on Indicator {
    code
    name { nl en }
    definition { nl en }
    numerator { nl en }
    denominator { nl en }
    countingUnit
    unit
    precision
    direction
    kind
    group
    levels
  }
`);
