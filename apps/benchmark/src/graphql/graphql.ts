import { initGraphQLTada } from 'gql.tada';
import type { introspection } from '../graphql-env';

/** Typed GraphQL documents, checked against the gateway's committed SDL by gql.tada. */
export const graphql = initGraphQLTada<{ introspection: introspection }>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';

/** Enum types of the schema, taken from the SDL rather than written again by hand. */
export type IndicatorUnit = ReturnType<typeof graphql.scalar<'IndicatorUnit'>>;
export type IndicatorDirection = ReturnType<typeof graphql.scalar<'IndicatorDirection'>>;
export type IndicatorGroup = ReturnType<typeof graphql.scalar<'IndicatorGroup'>>;
export type SuppressionReason = ReturnType<typeof graphql.scalar<'SuppressionReason'>>;
export type PeerGroupKind = ReturnType<typeof graphql.scalar<'PeerGroupKind'>>;
export type Role = ReturnType<typeof graphql.scalar<'Role'>>;
