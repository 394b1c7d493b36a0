import { graphql } from '../graphql/graphql';

/** The shares of one municipality's registration, as the page's tables show them. */
export const DataQualityShares = graphql(`
  fragment DataQualityShares on DataQuality {
    intakeZrm { count total share suppression { reason } }
    closureZrm { count total share suppression { reason } }
    intakeAndClosureZrm { count total share suppression { reason } }
    plansWithoutLead { count total share suppression { reason } }
    assessmentsOverdue3Months { count total share suppression { reason } }
    assessmentsOverdue6Months { count total share suppression { reason } }
    householdsWithoutDistrictTeam { count total share suppression { reason } }
  }
`);

/** The municipality's own registration in a period, with its last deliveries. */
export const OwnDataQualityQuery = graphql(
  `
  query OwnDataQuality($code: String!, $period: String!) {
    municipality(code: $code) {
      code
      name
      dataQuality(period: $period) {
        ...DataQualityShares
        completenessThreshold
        isBelowCompletenessThreshold
        lastDeliveries { kind period deliveredAt }
      }
    }
  }
`,
  [DataQualityShares],
);

/** The shares of every municipality the viewer may see them of: its own and the publishers. */
export const DataQualitiesQuery = graphql(
  `
  query DataQualities($period: String!) {
    dataQualities(period: $period) {
      municipality { code name }
      ...DataQualityShares
    }
  }
`,
  [DataQualityShares],
);
