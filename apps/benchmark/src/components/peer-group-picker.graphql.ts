import { graphql } from '../graphql/graphql';

/** A peer group around one municipality, with why each member is in it. */
export const PeerGroupQuery = graphql(`
  query PeerGroup($kind: PeerGroupKind!, $municipalityCode: ID!) {
    peerGroup(kind: $kind, municipalityCode: $municipalityCode) {
      kind
      municipalityCode
      label { nl en }
      members {
        municipality { code name province }
        reason { nl en }
        distance
      }
    }
  }
`);
