import { graphql } from '../graphql/graphql';

export const DeliveryFields = graphql(`
  fragment DeliveryFields on Delivery {
    id
    kind
    fileName
    deliveredAt
    deliveredBy
    isAccepted
    rows
    inserted
    updated
    unchanged
    refusalSummary
    problemCount
  }
`);

export const DeliverMutation = graphql(
  `
  mutation Deliver($kind: ImportKind!, $file: File!) {
    deliver(kind: $kind, file: $file) {
      ...DeliveryFields
      problems { line column reason }
      problemReportCsv
    }
  }
`,
  [DeliveryFields],
);

export const DeliveriesQuery = graphql(
  `
  query Deliveries($from: String!, $to: String!) {
    deliveries(from: $from, to: $to) {
      ...DeliveryFields
      problemReportCsv
    }
  }
`,
  [DeliveryFields],
);
