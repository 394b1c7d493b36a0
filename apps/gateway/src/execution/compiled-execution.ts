import { useGraphQlJit } from '@envelop/graphql-jit';
import { type ExecutionArgs, type FieldNode, Kind, type OperationDefinitionNode } from 'graphql';
import { isPlannedPlansField } from './planned-page.js';

/**
 * Root fields whose answers are long lists of finished figures, computed by the gateway's own
 * resolvers from one read: a national comparison is thousands of entries, where graphql-js spends
 * more time walking and serialising the answer than the database takes to read it.
 */
const COMPILED_ROOT_FIELDS: ReadonlySet<string> = new Set(['compare']);

/** The operation an execution runs: the named one, or the document's only one. */
export function operationOf(args: ExecutionArgs): OperationDefinitionNode | undefined {
  const operations = args.document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!args.operationName) return operations.length === 1 ? operations[0] : undefined;
  return operations.find((operation) => operation.name?.value === args.operationName);
}

/** A query whose every root field (`__typename` aside) passes `test`. */
function isQueryOf(args: ExecutionArgs, test: (field: FieldNode) => boolean): boolean {
  const operation = operationOf(args);
  if (operation?.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === Kind.FIELD && (selection.name.value === '__typename' || test(selection)),
  );
}

/** A query of figures only: every root field is one of COMPILED_ROOT_FIELDS. */
export function readsOnlyFigures(args: ExecutionArgs): boolean {
  return isQueryOf(args, (field) => COMPILED_ROOT_FIELDS.has(field.name.value));
}

/**
 * A query whose every root field is one of COMPILED_ROOT_FIELDS or a first page of `plans` that
 * the planned read answers, with no drizzle selection left to load.
 */
export function isCompiledOperation(args: ExecutionArgs): boolean {
  return isQueryOf(
    args,
    (field) =>
      COMPILED_ROOT_FIELDS.has(field.name.value) ||
      (field.name.value === 'plans' && isPlannedPlansField(args.schema, field)),
  );
}

/**
 * Executes figure queries and planned caseload pages with graphql-jit: the document is compiled
 * once (kept as long as the parsed document is cached) into plain functions, with a serialiser
 * made for its shape. Every other operation runs on graphql-js, whose execution the drizzle
 * plugin's selection loading is built and tested on (its bookkeeping follows graphql-js's response
 * paths; under graphql-jit every planned relation loaded again); compiling those too grew the heap
 * under the soak without a gain measured.
 */
export function useCompiledExecution(): ReturnType<typeof useGraphQlJit> {
  return useGraphQlJit({ customJSONSerializer: true }, { enableIf: isCompiledOperation });
}
