import { graphql } from '../graphql/graphql';

/**
 * The periods figures are kept for, oldest first: from the first data through the quarter
 * holding the gateway's today, with the ones still running marked.
 */
export const PeriodsQuery = graphql(`
  query Periods($granularity: PeriodGranularity!) {
    periods(granularity: $granularity) {
      code
      isComplete
      throughQuarter
    }
  }
`);
