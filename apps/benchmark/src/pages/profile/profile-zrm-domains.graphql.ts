import { graphql } from '../../graphql/graphql';

/**
 * ZRM change per life domain with trajectories (improved, unchanged, worsened) of one
 * municipality and period: public, so the profile shows it to anyone it is published for.
 */
export const ZrmChangeByDomainQuery = graphql(`
  query ZrmChangeByDomain($code: String!, $period: String!) {
    municipality(code: $code) {
      code
      zrmChangeByDomain(period: $period) {
        lifeDomainCode
        lifeDomain { nl en }
        meanChange
        n
        improved
        unchanged
        worsened
        suppression { reason threshold }
      }
    }
  }
`);
