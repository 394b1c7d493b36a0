import { graphql } from '../graphql/graphql';

/** Who the token speaks for: every page adapts to the role. */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      isAuthenticated
      role
      municipalityId
      teamId
    }
  }
`);
