import { type DocumentNode, getOperationAST, Kind, type OperationDefinitionNode } from 'graphql';

/**
 * How the audit log names an operation (waarmee): its type, its name when it has one, and its
 * root fields, e.g. `query CaseloadPage (plans)` or `mutation (registerHousehold)`.
 */
export function operationLabel(operation: OperationDefinitionNode): string {
  const roots = operation.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD ? [selection.name.value] : [],
  );
  const name = operation.name ? ` ${operation.name.value}` : '';
  return `${operation.operation}${name} (${roots.join(', ')})`;
}

/** The label of the operation a request runs, or `unknown` when the document names none. */
export function operationLabelOf(document: DocumentNode, operationName?: string | null): string {
  const operation = getOperationAST(document, operationName ?? undefined);
  return operation ? operationLabel(operation) : 'unknown';
}
