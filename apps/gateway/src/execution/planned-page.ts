import type { PlanPageColumns } from '@wijknet/db';
import {
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getNamedType,
  isLeafType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { selectedColumnsOnly } from './planned-rows.js';

/**
 * The relations a planned read of plans (readPlanPage) loads besides the plan's own columns, by the
 * drizzle object they are fields of.
 */
const PLANNED_RELATIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  Plan: new Set(['events', 'latestAssessment']),
};

/** Paging arguments the planned read leaves to the drizzle plugin: it reads first pages only. */
const PAGING_ARGUMENTS: ReadonlySet<string> = new Set(['after', 'before', 'last']);

const isDrizzleObject = (type: GraphQLNamedType) =>
  isObjectType(type) && type.extensions.pothosDrizzleTable !== undefined;

/** A field that reads nothing but its row's columns: a leaf that has the plugin select no relation. */
const readsRowOnly = (field: GraphQLField<unknown, unknown>) =>
  isLeafType(getNamedType(field.type)) &&
  (field.extensions.pothosDrizzleSelect === undefined ||
    selectedColumnsOnly(field.extensions.pothosDrizzleSelect) !== undefined);

/**
 * Whether a selection asks only for what a planned read holds: plain fields, and of the drizzle
 * objects their columns and the relations listed in PLANNED_RELATIONS. Fragments are not
 * followed: a selection with one is left to the drizzle plugin.
 */
function selectsPlanned(type: GraphQLNamedType, selectionSet: SelectionSetNode): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return selectionSet.selections.every((selection) => {
    if (selection.kind !== Kind.FIELD) return false;
    const name = selection.name.value;
    if (name === '__typename') return true;
    const field = fields[name];
    if (!field) return false;
    if (isDrizzleObject(type)) {
      if (readsRowOnly(field)) return true;
      if (!PLANNED_RELATIONS[type.name]?.has(name)) return false;
    } else if (isLeafType(getNamedType(field.type))) {
      return true;
    }
    return (
      selection.selectionSet !== undefined &&
      selectsPlanned(getNamedType(field.type), selection.selectionSet)
    );
  });
}

/**
 * Whether the `plans` field as written in a document can be answered by the planned read: a first
 * page (no `after`, `before` or `last` written) of plans' columns, events and latest assessment.
 */
export function isPlannedPlansField(schema: GraphQLSchema, field: FieldNode): boolean {
  const definition = schema.getQueryType()?.getFields()[field.name.value];
  return (
    definition !== undefined &&
    field.selectionSet !== undefined &&
    !field.arguments?.some((argument) => PAGING_ARGUMENTS.has(argument.name.value)) &&
    selectsPlanned(getNamedType(definition.type), field.selectionSet)
  );
}

/**
 * Whether a resolving `plans` field's page can be read by the planned read: its selection holds
 * nothing else, and the page is a first one (the paging arguments' values are absent).
 */
export function readsPlannedPage(
  info: Pick<GraphQLResolveInfo, 'returnType' | 'fieldNodes'>,
  args: { readonly after?: unknown; readonly before?: unknown; readonly last?: unknown },
): boolean {
  const type = getNamedType(info.returnType);
  return (
    args.after == null &&
    args.before == null &&
    args.last == null &&
    info.fieldNodes.every(
      (field) => field.selectionSet !== undefined && selectsPlanned(type, field.selectionSet),
    )
  );
}

/** The planned read's tables, by the drizzle model of the objects that show them. */
const PLANNED_TABLES = {
  plans: 'plans',
  planEvents: 'events',
  assessments: 'assessments',
} as const satisfies Record<string, keyof PlanPageColumns>;

/**
 * The columns a leaf field of a drizzle object reads: the one it exposes, or those its selection
 * names; undefined when it resolves from the row in a way of its own (any column, then).
 */
function columnsOfField(field: GraphQLField<unknown, unknown>): readonly string[] | undefined {
  const exposed = field.extensions.pothosExposedField;
  if (typeof exposed === 'string') return [exposed];
  return selectedColumnsOnly(field.extensions.pothosDrizzleSelect);
}

/** Adds what a selection of `type` reads to `choice`: per model, its columns, or null for all. */
function collectColumns(
  type: GraphQLNamedType,
  selectionSet: SelectionSetNode,
  choice: Map<string, Set<string> | null>,
): void {
  if (!isObjectType(type)) return;
  const model = isDrizzleObject(type) ? String(type.extensions.pothosDrizzleModel) : undefined;
  const add = (columns: readonly string[] | undefined) => {
    if (model === undefined || choice.get(model) === null) return;
    if (columns === undefined) choice.set(model, null);
    else choice.set(model, new Set([...(choice.get(model) ?? []), ...columns]));
  };
  // What the object itself reads, e.g. the ID its authorisation and audit entry are made of.
  const ownSelect = type.extensions.pothosDrizzleSelect;
  add(ownSelect === true ? [] : selectedColumnsOnly(ownSelect));
  const fields = type.getFields();
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const field = fields[selection.name.value];
    if (!field) continue;
    if (isLeafType(getNamedType(field.type))) add(columnsOfField(field));
    else if (selection.selectionSet)
      collectColumns(getNamedType(field.type), selection.selectionSet, choice);
  }
}

/**
 * The columns a planned read of plans must hold for the `plans` field's selection (one that
 * `readsPlannedPage` accepted): of each table what its fields and objects read, all of a table one
 * of whose fields reads the row its own way, and none of a table the selection does not reach.
 */
export function plannedColumns(
  info: Pick<GraphQLResolveInfo, 'returnType' | 'fieldNodes'>,
): PlanPageColumns {
  const choice = new Map<string, Set<string> | null>();
  const type = getNamedType(info.returnType);
  for (const field of info.fieldNodes)
    if (field.selectionSet) collectColumns(type, field.selectionSet, choice);
  const columns: Record<string, readonly string[] | undefined> = {};
  for (const [model, key] of Object.entries(PLANNED_TABLES)) {
    const chosen = choice.has(model) ? choice.get(model) : new Set<string>();
    columns[key] = chosen ? [...chosen] : undefined;
  }
  return columns;
}
