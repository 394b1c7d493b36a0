import { graphql } from '../graphql/graphql';

/** Who is signed in, and with what role: every page adapts to it. */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      isAuthenticated
      isSignedIn
      displayName
      role
      municipalityCode
      municipalityName
      teamId
      teamName
    }
  }
`);

/** The identity providers a person can sign in with. */
export const SignInProvidersQuery = graphql(`
  query SignInProviders {
    signInProviders {
      name
      label
      issuer
      signInUrl
    }
  }
`);
