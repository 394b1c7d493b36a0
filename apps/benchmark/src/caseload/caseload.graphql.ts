import { graphql } from '../graphql/graphql';

/**
 * A page of the caseload (the `plans` connection, newest first): per plan its status, lead, last
 * and next assessment and escalations, with team names rather than ids.
 */
export const CaseloadQuery = graphql(`
  query Caseload($first: Int, $after: String, $last: Int, $before: String, $status: PlanStatus) {
    viewer { role teamName municipalityName }
    plans(first: $first, after: $after, last: $last, before: $before, status: $status) {
      edges {
        cursor
        node {
          id
          teamName
          status
          openedOn
          closedOn
          lead { disciplineName { nl en } secondingOrganisation }
          latestAssessment { assessedOn }
          nextAssessment { moment dueOn isOverdue }
          escalations { targetName { nl en } escalatedOn deEscalatedOn }
        }
      }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);
