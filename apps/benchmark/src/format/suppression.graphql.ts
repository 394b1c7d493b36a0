import { graphql } from '../graphql/graphql';

/** Why a figure has no value: every figure, map value and district figure spreads this. */
export const SuppressionFields = graphql(`
  fragment SuppressionFields on Suppression {
    reason
    threshold
  }
`);
