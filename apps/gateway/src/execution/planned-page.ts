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
