import { graphql } from '../../graphql/graphql';

/**
 * The teams of the signed-in municipality, each against the basic model (own data only). The
 * team figures come in a second query: together they pass the gateway's cost limit.
 */
export const OwnTeamsQuery = graphql(`
  query OwnTeams($locale: String!) {
    teams(first: 50) {
      edges {
        node {
          id
          name
          kind
          startedOn
          municipalityCode
          districts { code name }
          compositionChecks(locale: $locale) {
            check
            verdict
            reason
          }
        }
      }
    }
  }
`);

/** The derived figures of the signed-in municipality's teams. */
export const OwnTeamFiguresQuery = graphql(`
  query OwnTeamFigures {
    teams(first: 50) {
      edges {
        node {
          id
          figures {
            coreSize
            ringSize
            fte
            hoursInWijkMean
            teamAgeYears
            isSettlingIn
          }
        }
      }
    }
  }
`);

/** One own team's discipline mix (per team: inside the teams connection it passes the cost limit). */
export const TeamDisciplinesQuery = graphql(`
  query TeamDisciplines($id: String!) {
    team(id: $id) {
      id
      figures {
        disciplineMix { discipline count share label { nl en } }
      }
    }
  }
`);
