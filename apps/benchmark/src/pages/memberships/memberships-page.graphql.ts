import { graphql } from '../../graphql/graphql';

/** Every membership, with the names of its municipality and team (admin only). */
export const MembershipsQuery = graphql(`
  query Memberships {
    memberships {
      id
      issuer
      subject
      groupName
      role
      municipalityCode
      municipalityName
      teamId
      teamName
      label
      createdAt
      createdBy
    }
  }
`);

/** The teams of a municipality by name, to choose a team membership's team. */
export const MembershipTeamsQuery = graphql(`
  query MembershipTeams($municipalityCode: String!) {
    membershipTeams(municipalityCode: $municipalityCode) {
      id
      name
    }
  }
`);

export const CreateMembershipMutation = graphql(`
  mutation CreateMembership($input: MembershipInput!) {
    createMembership(input: $input) {
      id
      label
    }
  }
`);

export const RemoveMembershipMutation = graphql(`
  mutation RemoveMembership($id: ID!) {
    removeMembership(id: $id)
  }
`);
