import {
  type DocumentNode,
  type GraphQLSchema,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * Root fields that read in a scope of their own: their resolver sends one statement that opens,
 * reads, audits and commits in one round trip (`readInScope`), and needs no request transaction.
 * Marked on the field with `extensions: OWN_SCOPE`.
 */
export const OWN_SCOPE = { readsInOwnScope: true } as const;

const decided = new WeakMap<DocumentNode, Map<string, boolean>>();

function operationOf(document: DocumentNode, name: string | null | undefined) {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  return name ? operations.find((item) => item.name?.value === name) : operations[0];
}

/**
 * Whether an operation can run without the request's transaction: a query whose every root field
 * reads in its own scope, and none of whose fields belongs to a drizzle object (their fields load
 * through the request's transaction). Decided once per parsed document.
 */
function decide(schema: GraphQLSchema, document: DocumentNode, name: string): boolean {
  const operation = operationOf(document, name);
  const query = schema.getQueryType();
  if (operation?.operation !== 'query' || !query) return false;
  const roots = operation.selectionSet.selections;
  const rootsOwnScope = roots.every(
    (selection) =>
      selection.kind === Kind.FIELD &&
      (selection.name.value === '__typename' ||
        query.getFields()[selection.name.value]?.extensions.readsInOwnScope === true),
  );
  if (!rootsOwnScope) return false;
  const typeInfo = new TypeInfo(schema);
  let loadsThroughTransaction = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        if (isObjectType(parent) && parent.extensions.pothosDrizzleModel !== undefined)
          loadsThroughTransaction = true;
      },
    }),
  );
  return !loadsThroughTransaction;
}

export function readsInOwnScope(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): boolean {
  let byName = decided.get(document);
  if (!byName) {
    byName = new Map();
    decided.set(document, byName);
  }
  const name = operationName ?? '';
  let answer = byName.get(name);
  if (answer === undefined) {
    answer = decide(schema, document, name);
    byName.set(name, answer);
  }
  return answer;
}
