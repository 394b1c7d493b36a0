import { graphql } from '../graphql/graphql';

/** Municipalities whose name contains the text or whose CBS code starts with it. */
export const MunicipalitySearchQuery = graphql(`
  query MunicipalitySearch($search: String, $first: Int) {
    municipalities(search: $search, first: $first) {
      edges {
        node {
          code
          name
          province
        }
      }
    }
  }
`);
