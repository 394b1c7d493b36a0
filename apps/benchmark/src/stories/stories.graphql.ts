import { graphql } from '../graphql/graphql';

/** A story as the stories page and the public profile show it. */
export const StoryFields = graphql(`
  fragment StoryFields on Story {
    id
    teamName
    period
    title
    body
    status
    statusChangedAt
    lifeDomains { nl en }
  }
`);

/** Who writes, the life domains to choose from, and the municipality's stories of a range. */
export const StoriesPageQuery = graphql(
  `
  query StoriesPage($code: String!, $from: String!, $to: String!) {
    viewer { role teamId teamName }
    lifeDomains { code name { nl en } }
    municipality(code: $code) {
      code
      name
      stories(from: $from, to: $to) { ...StoryFields }
    }
  }
`,
  [StoryFields],
);

/** The municipality's teams, for a municipality token that writes for one of them. */
export const StoryTeamsQuery = graphql(`
  query StoryTeams {
    teams(first: 100) { edges { node { id name } } }
  }
`);

export const WriteStoryMutation = graphql(
  `
  mutation WriteStory($input: StoryInput!) {
    writeStory(input: $input) { ...StoryFields }
  }
`,
  [StoryFields],
);

export const SetStoryPublicationMutation = graphql(
  `
  mutation SetStoryPublication($storyId: ID!, $isPublished: Boolean!) {
    setStoryPublication(storyId: $storyId, isPublished: $isPublished) { ...StoryFields }
  }
`,
  [StoryFields],
);
