import { initGraphQLTada } from 'gql.tada';
import type { introspection } from '../graphql-env';

/** Typed GraphQL documents, checked against the gateway's committed SDL by gql.tada. */
export const graphql = initGraphQLTada<{ introspection: introspection }>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';

/** Enum types of the schema, taken from the SDL rather than written again by hand. */
export type IndicatorGroup = ReturnType<typeof graphql.scalar<'IndicatorGroup'>>;
export type SuppressionReason = ReturnType<typeof graphql.scalar<'SuppressionReason'>>;
export type PeerGroupKind = ReturnType<typeof graphql.scalar<'PeerGroupKind'>>;
export type Role = ReturnType<typeof graphql.scalar<'Role'>>;
export type PeriodGranularity = ReturnType<typeof graphql.scalar<'PeriodGranularity'>>;

/**
 * The schema gives an indicator's unit and direction as plain strings (the registry's own
 * codes, e.g. `share`, `per-1000`, `higher-is-better`); the app formats the ones it knows and
 * shows any other as a plain number.
 */
export type IndicatorUnit = string;
export type IndicatorDirection = string;
