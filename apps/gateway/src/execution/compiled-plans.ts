import {
  type AuditActor,
  auditRowsInsert,
  type Database,
  type PlanPageFilter,
  planPageSource,
  readInScope,
  schema as tables,
} from '@wijknet/db';
import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isEnumType,
  isLeafType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { tenancyScopeOf } from '../auth/tenancy-scope.js';
import { DEFAULT_CONNECTION_SIZE, MAX_CONNECTION_SIZE } from '../builder.js';
import type { RequestContext } from '../context.js';
import { auditActorOf } from '../data/audit-trail.js';
import { operationLabel } from '../data/operation-label.js';
import { toGraphQLError } from '../errors/to-graphql-error.js';
import { districtCodeArgument, periodArgument, uuidArgument } from '../schema/codes.js';
import { periodBounds } from '../schema/plan.js';
import { operationOf } from './compiled-execution.js';
import { selectedColumnsOnly } from './planned-rows.js';

/**
 * A query of a first page of `plans` (a team's caseload) is answered by one SQL statement that
 * builds the response's JSON itself and writes the audit rows of the plans and households it
 * shows: the gateway checks the arguments, runs the statement in the viewer's scope, in a
 * transaction of its own, and writes the text out as it came. No row is decoded and no field
 * resolved in Node; graphql-js or graphql-jit would walk every plan, event and assessment, with
 * an authorisation check per object, for an answer the database can write as it reads it.
 *
 * What it answers: the connection's `edges` (`cursor`, `node`) and `pageInfo`, of the plans their
 * column fields and status, their events and latest assessment with their column fields, and
 * `__typename` anywhere; no fragments, directives or repeated response keys. Any other query, and
 * any argument this path does not accept (a page size over the maximum, an invalid ID), goes to
 * the usual execution, which answers or refuses it as always.
 */

/** The arguments of `plans` this path reads; any other one written sends the query elsewhere. */
const ACCEPTED_ARGUMENTS: ReadonlySet<string> = new Set([
  'teamId',
  'districtCode',
  'status',
  'period',
  'first',
]);

/**
 * The order of a page: the `plans` resolver's (newest first) with the drizzle plugin's tie-breaker,
 * the primary key (municipality, ID); the cursors (`CURSOR`) are made of these columns.
 */
const PAGE_ORDER = { openedOn: 'desc', municipalityId: 'desc', id: 'desc' } as const;

/** PAGE_ORDER as SQL on the page's plans (`p`). */
const PAGE_ORDER_SQL = sql.raw(
  Object.entries(PAGE_ORDER)
    .map(
      ([key, direction]) =>
        `p."${getTableColumns(tables.plans)[key as keyof typeof PAGE_ORDER].name}" ${direction}`,
    )
    .join(', '),
);

/** json_build_object takes at most 100 arguments: 50 keys. */
const MAX_KEYS = 50;

/** A piece of the response: its key and the SQL expression of its value. */
type Entry = readonly [key: string, value: SQL];

/** What one page's statement needs besides the selection's own expressions. */
interface PageNeeds {
  /** The latest assessment is joined (laterally) when a selection reads it. */
  latestAssessment: boolean;
  /** Plans are audited when the selection reads a node. */
  nodes: boolean;
}

interface CompiledPage {
  readonly key: string;
  readonly field: FieldNode;
  readonly definition: GraphQLField<unknown, unknown>;
  readonly connection: SQL;
  readonly needs: PageNeeds;
}

type CompiledRoot = CompiledPage | { readonly key: string; readonly typename: string };

interface CompiledOperation {
  readonly operation: OperationDefinitionNode;
  readonly roots: readonly CompiledRoot[];
  /** The one page among the roots (the others are `__typename`). */
  readonly page: CompiledPage;
}

const jsonObject = (entries: readonly Entry[]): SQL =>
  sql`json_build_object(${sql.join(
    entries.map(([key, value]) => sql`${sql.raw(`'${key}'`)}, ${value}`),
    sql`, `,
  )})`;

const literal = (text: string): SQL => sql.raw(`'${text.replaceAll("'", "''")}'`);

/** The fields of a selection, by response key, when it holds nothing but plain fields. */
function fieldsOf(selectionSet: SelectionSetNode): [string, FieldNode][] | undefined {
  const fields: [string, FieldNode][] = [];
  const keys = new Set<string>();
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.directives?.length) return undefined;
    const key = selection.alias?.value ?? selection.name.value;
    if (keys.has(key)) return undefined;
    keys.add(key);
    fields.push([key, selection]);
  }
  return fields.length <= MAX_KEYS ? fields : undefined;
}

/**
 * The value of a field that reads its own row's column: exposed as it is, or an enum field that
 * selects one column and answers that column's value by its enum name (a plan's status).
 */
function columnValue(
  field: GraphQLField<unknown, unknown>,
  table: PgTable,
  alias: string,
): SQL | undefined {
  const columns = getTableColumns(table);
  const type = getNamedType(field.type);
  const exposed = field.extensions.pothosExposedField;
  if (typeof exposed === 'string') {
    const column = columns[exposed];
    if (!column || !isLeafType(type) || isEnumType(type)) return undefined;
    const value = sql.raw(`${alias}."${column.name}"`);
    return type.name === 'ID' ? sql`${value}::text` : value;
  }
  const selected = selectedColumnsOnly(field.extensions.pothosDrizzleSelect);
  const column = selected?.length === 1 ? columns[selected[0] as string] : undefined;
  if (!column || !isEnumType(type)) return undefined;
  const cases = type
    .getValues()
    .map((value) =>
      typeof value.value === 'string'
        ? sql`when ${literal(value.value)} then ${literal(value.name)}`
        : undefined,
    );
  if (cases.some((item) => item === undefined)) return undefined;
  return sql`case ${sql.raw(`${alias}."${column.name}"`)} ${sql.join(cases as SQL[], sql` `)} end`;
}

/**
 * The entries of a selection of `type`: `__typename`, and every other field by `fieldValue`;
 * undefined when one has no value this path can write.
 */
function entriesOf(
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  fieldValue: (node: FieldNode, definition: GraphQLField<unknown, unknown>) => SQL | undefined,
): Entry[] | undefined {
  const fields = fieldsOf(selectionSet);
  if (!fields) return undefined;
  const entries: Entry[] = [];
  for (const [key, node] of fields) {
    const definition = type.getFields()[node.name.value];
    const value =
      node.name.value === '__typename'
        ? literal(type.name)
        : definition && fieldValue(node, definition);
    if (!value) return undefined;
    entries.push([key, value]);
  }
  return entries;
}

/** The entries of an event's or assessment's selection: its column fields and `__typename`. */
const rowEntries = (
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  table: PgTable,
  alias: string,
) => entriesOf(type, selectionSet, (_node, definition) => columnValue(definition, table, alias));

/** The relations of a plan this path writes out, by field name. */
const PLAN_RELATIONS: Record<
  string,
  (type: GraphQLObjectType, selectionSet: SelectionSetNode, needs: PageNeeds) => SQL | undefined
> = {
  // The plan's events, by sequence, as the Plan type's `events` orders them.
  events: (type, selectionSet) => {
    const entries = rowEntries(type, selectionSet, tables.planEvents, 'e');
    return (
      entries &&
      sql`(select coalesce(json_agg(${jsonObject(entries)} order by e.sequence), '[]')
        from plan_events e where e.municipality_id = p.municipality_id and e.plan_id = p.id)`
    );
  },
  // The household's latest assessment, joined to the page (see `pageStatement`), or null.
  latestAssessment: (type, selectionSet, needs) => {
    const entries = rowEntries(type, selectionSet, tables.assessments, 'a');
    if (!entries) return undefined;
    needs.latestAssessment = true;
    return sql`case when a.id is null then null else ${jsonObject(entries)} end`;
  },
};

const planEntries = (type: GraphQLObjectType, selectionSet: SelectionSetNode, needs: PageNeeds) =>
  entriesOf(type, selectionSet, (node, definition) => {
    const fieldType = getNamedType(definition.type);
    if (isLeafType(fieldType)) return columnValue(definition, tables.plans, 'p');
    const relation = PLAN_RELATIONS[node.name.value];
    return relation && node.selectionSet && isObjectType(fieldType)
      ? relation(fieldType, node.selectionSet, needs)
      : undefined;
  });

/**
 * A plan's cursor as the drizzle plugin writes it: base64 of `DC:` and the tagged tuple of its
 * order's values (PAGE_ORDER: opening date, municipality, ID), none of which needs escaping in
 * JSON. Postgres's base64 breaks lines; the plugin's does not.
 */
const CURSOR = sql`translate(encode(convert_to('DC:T:["S:' || to_char(p.opened_on, 'YYYY-MM-DD')
  || '","S:' || p.municipality_id || '","S:' || p.id::text || '"]', 'UTF8'), 'base64'), E'\\n', '')`;

/** The position of a plan on the page (from 1); the page holds one plan more than it shows. */
const SHOWN = sql`p.page_position <= p.page_size`;

const edgeEntries = (type: GraphQLObjectType, selectionSet: SelectionSetNode, needs: PageNeeds) =>
  entriesOf(type, selectionSet, (node, definition) => {
    if (node.name.value === 'cursor') return CURSOR;
    const planType = getNamedType(definition.type);
    if (node.name.value !== 'node' || !node.selectionSet || !isObjectType(planType))
      return undefined;
    const plan = planEntries(planType, node.selectionSet, needs);
    if (!plan) return undefined;
    needs.nodes = true;
    return jsonObject(plan);
  });

/** Page info of a first page: nothing before it; more after when the extra plan was read. */
const PAGE_INFO: Record<string, SQL> = {
  hasNextPage: sql`count(*) > coalesce(max(p.page_size), 0)`,
  hasPreviousPage: sql`false`,
  startCursor: sql`max(${CURSOR}) filter (where p.page_position = 1)`,
  endCursor: sql`max(${CURSOR}) filter (where p.page_position = least(p.page_read, p.page_size))`,
};

const connectionEntries = (
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  needs: PageNeeds,
) =>
  entriesOf(type, selectionSet, (node, definition) => {
    const fieldType = getNamedType(definition.type);
    if (!node.selectionSet || !isObjectType(fieldType)) return undefined;
    if (node.name.value === 'pageInfo') {
      const info = entriesOf(
        fieldType,
        node.selectionSet,
        (infoNode) => PAGE_INFO[infoNode.name.value],
      );
      return info && jsonObject(info);
    }
    const edge = node.name.value === 'edges' && edgeEntries(fieldType, node.selectionSet, needs);
    return edge
      ? sql`coalesce(json_agg(${jsonObject(edge)} order by p.page_position) filter (where ${SHOWN}), '[]')`
      : undefined;
  });

function compileRoot(schema: GraphQLSchema, field: FieldNode): CompiledRoot | undefined {
  const key = field.alias?.value ?? field.name.value;
  const query = schema.getQueryType();
  if (field.directives?.length || !query) return undefined;
  if (field.name.value === '__typename') return { key, typename: query.name };
  const definition = query.getFields()[field.name.value];
  if (field.name.value !== 'plans' || !definition || !field.selectionSet) return undefined;
  if (field.arguments?.some((argument) => !ACCEPTED_ARGUMENTS.has(argument.name.value)))
    return undefined;
  const type = getNamedType(definition.type);
  const needs: PageNeeds = { latestAssessment: false, nodes: false };
  const entries = isObjectType(type) && connectionEntries(type, field.selectionSet, needs);
  return entries ? { key, field, definition, connection: jsonObject(entries), needs } : undefined;
}

function compile(args: ExecutionArgs): CompiledOperation | undefined {
  const operation = operationOf(args);
  if (operation?.operation !== 'query' || operation.directives?.length) return undefined;
  const roots: CompiledRoot[] = [];
  const keys = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return undefined;
    const root = compileRoot(args.schema, selection);
    if (!root || keys.has(root.key)) return undefined;
    keys.add(root.key);
    roots.push(root);
  }
  // One page per operation: it is read, and audited, by one statement in one transaction.
  const pages = roots.filter((root): root is CompiledPage => 'connection' in root);
  return pages.length === 1 && pages[0] ? { operation, roots, page: pages[0] } : undefined;
}

/** Compiled operations by document and operation name; null where this path does not answer. */
const compiled = new WeakMap<DocumentNode, Map<string, CompiledOperation | null>>();

/** The compiled form of an operation this path answers, else undefined. */
export function compiledPlansOperation(args: ExecutionArgs): CompiledOperation | undefined {
  let byName = compiled.get(args.document);
  if (!byName) {
    byName = new Map();
    compiled.set(args.document, byName);
  }
  const name = args.operationName ?? '';
  let operation = byName.get(name);
  if (operation === undefined) {
    operation = compile(args) ?? null;
    byName.set(name, operation);
  }
  return operation ?? undefined;
}

/** The filter and page size of a `plans` field's arguments, or undefined when one is refused. */
function pageOf(
  page: CompiledPage,
  variables: Record<string, unknown>,
  municipalityId: string,
): { filter: PlanPageFilter; size: number } | undefined {
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(page.definition, page.field, variables);
  } catch {
    return undefined;
  }
  const { teamId, districtCode, status, period, first } = values;
  const size = first ?? DEFAULT_CONNECTION_SIZE;
  if (typeof size !== 'number' || size < 1 || size > MAX_CONNECTION_SIZE) return undefined;
  if (teamId && !uuidArgument.safeParse(teamId).success) return undefined;
  if (districtCode && !districtCodeArgument.safeParse(districtCode).success) return undefined;
  if (period && !periodArgument.safeParse(period).success) return undefined;
  // Falsy arguments filter nothing, as in the `plans` resolver.
  return {
    size,
    filter: {
      municipalityId,
      teamId: (teamId as string) || undefined,
      districtId: (districtCode as string) || undefined,
      status: (status as string) || undefined,
      openedBetween: period ? periodBounds(period as string) : undefined,
    },
  };
}

/**
 * One page as one statement: the plans the filter admits (one more than the page size, to tell
 * whether more follow), each with its latest assessment when the selection reads it, folded into
 * the connection's JSON; the plans and households it shows are written to the audit log in the
 * same statement, one row per kind, as `writeAuditRows` would.
 */
function pageStatement(
  page: CompiledPage,
  filter: PlanPageFilter,
  size: number,
  actor: AuditActor,
): SQL {
  const source = planPageSource(filter, { orderBy: PAGE_ORDER, limit: size + 1 });
  // The household's latest assessment by date then ID, as the Plan type's `latestAssessment`.
  const latest = page.needs.latestAssessment
    ? sql`left join lateral (select * from assessments a
          where a.municipality_id = p.municipality_id and a.household_id = p.household_id
          order by a.assessed_on desc, a.id desc limit 1) a on true`
    : sql``;
  const plans = page.needs.nodes
    ? sql`array_agg(p.id::text order by p.page_position) filter (where ${SHOWN})`
    : sql`null::text[]`;
  const households = page.needs.latestAssessment
    ? sql`array_agg(distinct a.household_id::text) filter (where ${SHOWN} and a.id is not null)`
    : sql`null::text[]`;
  const audited = auditRowsInsert(
    actor,
    sql`select 'read' as action, subject.subject_type, subject.subject_ids
      from page, lateral (values ('plan', page.plan_ids), ('household', page.household_ids))
        as subject(subject_type, subject_ids)
      where subject.subject_ids is not null`,
  );
  return sql`with page as (
      select ${page.connection}::text as body, ${plans} as plan_ids, ${households} as household_ids
      from (select p.*, row_number() over (order by ${PAGE_ORDER_SQL}) as page_position,
              count(*) over () as page_read, ${size}::int as page_size
            from ${source} p) p ${latest}),
    audited as (${audited})
    select body from page`;
}

/**
 * Answers a compiled operation in the viewer's scope, in a transaction of its own that also
 * writes the audit rows; undefined when the viewer or an argument is one this path leaves to the
 * usual execution.
 */
export async function executeCompiledPlans(
  operation: CompiledOperation,
  args: ExecutionArgs,
  database: Database,
): Promise<ExecutionResult | undefined> {
  const { viewer, requestId } = args.contextValue as RequestContext;
  if (viewer.kind !== 'authenticated' || !viewer.municipalityId) return undefined;
  const scope = tenancyScopeOf(viewer);
  if (scope.role === 'institute') return undefined;
  const variables = getVariableValues(
    args.schema,
    operation.operation.variableDefinitions ?? [],
    (args.variableValues ?? {}) as Record<string, unknown>,
  );
  if (!variables.coerced) return undefined;
  const page = pageOf(operation.page, variables.coerced, scope.municipalityId);
  if (!page) return undefined;
  const actor = auditActorOf(viewer, {
    municipalityId: scope.municipalityId,
    requestId,
    operation: operationLabel(operation.operation),
  });
  let body: string;
  try {
    const statement = pageStatement(operation.page, page.filter, page.size, actor);
    const [row] = await readInScope<{ body: string }>(database, scope, statement);
    if (!row) throw new Error('the page statement answered no row');
    body = row.body;
  } catch (error) {
    // As useTenancy answers a scope that could not be opened: the operation as a whole fails.
    return { errors: [toGraphQLError(error, { isRequestLevel: true })] };
  }
  const parts = operation.roots.map((root) =>
    'connection' in root
      ? `"${root.key}":${body}`
      : `"${root.key}":${JSON.stringify(root.typename)}`,
  );
  return writtenResult(`{${parts.join(',')}}`);
}

/**
 * A result whose data is JSON text already: yoga writes it out with `stringify` as it is. Should
 * a later step add errors or extensions, or read `data`, the text is parsed after all.
 */
function writtenResult(dataText: string): ExecutionResult {
  let data: Record<string, unknown> | undefined;
  const result = {
    get data() {
      data ??= JSON.parse(dataText) as Record<string, unknown>;
      return data;
    },
    stringify: (written: ExecutionResult) =>
      written.errors || written.extensions
        ? JSON.stringify({ ...written, data: written.data })
        : `{"data":${dataText}}`,
  };
  return result as ExecutionResult;
}

/**
 * Answers queries of a first page of plans with one statement (see above), in a scoped
 * transaction of its own; every other operation, and one whose arguments this path leaves alone,
 * runs as before. Place it after useTenancy, whose transaction it then does not open.
 */
export function useCompiledPlans(database: Database): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = compiledPlansOperation(args);
      if (!operation) return;
      setExecuteFn(
        async (executeArgs) =>
          (await executeCompiledPlans(operation, executeArgs, database)) ?? executeFn(executeArgs),
      );
    },
  };
}
