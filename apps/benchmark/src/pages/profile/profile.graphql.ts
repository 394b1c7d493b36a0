import { IndicatorFields } from '../../components/indicator-explanation.graphql';
import { graphql } from '../../graphql/graphql';
import { BenchmarkFigureFields, NationalFields } from '../compare.graphql';

/** A municipality's reference facts: public, so the profile opens for anyone. */
export const ProfileMunicipalityQuery = graphql(`
  query ProfileMunicipality($code: String!) {
    municipality(code: $code) {
      code
      name
      province
      inhabitants
      households
      urbanity
    }
  }
`);

/**
 * Every indicator of one municipality in the last period, against the nation: the published
 * figures anyone may read (compare is public), the own municipality's in full.
 */
export const ProfileFiguresQuery = graphql(
  `
  query ProfileFigures($input: CompareInput!) {
    compare(input: $input) {
      indicators {
        indicator { ...IndicatorFields }
        periods {
          period
          national { ...NationalFields standardDeviation }
          figures { ...BenchmarkFigureFields }
        }
      }
    }
  }
`,
  [IndicatorFields, NationalFields, BenchmarkFigureFields],
);

/** The stories of a range the municipality published on its profile: public, as the figures are. */
export const ProfileStoriesQuery = graphql(`
  query ProfileStories($code: String!, $from: String!, $to: String!) {
    municipality(code: $code) {
      code
      stories(from: $from, to: $to, status: PUBLISHED) {
        id
        teamName
        period
        title
        body
        lifeDomains { nl en }
      }
    }
  }
`);
