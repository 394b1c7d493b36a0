import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import { defaultFieldResolver, type GraphQLFieldResolver } from 'graphql';

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      plannedRows: PlannedRowsPlugin<Types>;
    }
  }
}

/**
 * Set on rows a resolver read with a planned statement of its own, with everything their fields
 * need. A symbol property rather than a WeakSet: adding a caseload's 450 rows to a WeakSet took
 * 2-4 % of the gateway's time under the caseload benchmark.
 */
const PLANNED = Symbol('planned row');

/**
 * Marks rows as read by a planned statement (see PlannedRowsPlugin): each row whose fields resolve
 * from it, the related rows it holds included.
 */
export function markPlannedRows(rows: Iterable<object>): void {
  for (const row of rows) (row as { [PLANNED]?: true })[PLANNED] = true;
}

/**
 * The columns a field's drizzle selection (`pothosDrizzleSelect`) asks of its row when that is all
 * it asks (an exposed column, a field with `select: { columns }`); undefined when it asks more.
 */
export function selectedColumnsOnly(select: unknown): readonly string[] | undefined {
  if (typeof select !== 'object' || select === null) return undefined;
  const { columns, ...rest } = select as { columns?: Record<string, unknown> };
  if (Object.values(rest).some((value) => value !== undefined)) return undefined;
  return Object.keys(columns ?? {});
}

/**
 * Lets the fields of a planned row resolve from the row itself. The drizzle plugin resolves a field
 * that plans a selection (a relation, a field with `select`, a column of a type with `select`) only
 * once it finds the plan that loaded the row, and loads a row no plan loaded again, one statement
 * per field; under graphql-jit, whose response paths its bookkeeping cannot follow, it never finds
 * one. A row read by a planned statement (readPlanPage) already holds that data: a field whose
 * loaded check (`pothosDrizzleLoaded`) finds it on the row, or that asks for columns the row has,
 * resolves from the row without that bookkeeping.
 *
 * Listed before the drizzle plugin, so it wraps the drizzle plugin's resolver and is wrapped by
 * the scope-auth plugin: the objects such a field returns are still checked, and audited.
 */
export class PlannedRowsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const select = fieldConfig.extensions?.pothosDrizzleSelect;
    if (!select) return resolver;
    const columns = selectedColumnsOnly(select);
    const isLoaded =
      (fieldConfig.extensions?.pothosDrizzleLoaded as ((row: object) => boolean) | undefined) ??
      (columns ? (row: object) => columns.every((column) => column in row) : undefined);
    if (!isLoaded) return resolver;
    const resolveFromRow = (fieldConfig.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<
      unknown,
      Types['Context'],
      object
    >;
    return (parent, args, context, info) =>
      typeof parent === 'object' && parent !== null && PLANNED in parent && isLoaded(parent)
        ? resolveFromRow(parent, args, context, info)
        : resolver(parent, args, context, info);
  }
}

SchemaBuilder.registerPlugin('plannedRows', PlannedRowsPlugin);

export default 'plannedRows' as const;
