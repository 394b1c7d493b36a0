import type { Database } from '@wijknet/db';
import { type DocumentNode, Kind, type OperationDefinitionNode } from 'graphql';

/**
 * The root fields that manage access (memberships and API keys). Their tables are outside the
 * request role's reach (the `access` schema), so they are answered on the gateway's own
 * connection, never inside a tenancy scope, and an operation asks for them alone.
 */
export const PLATFORM_FIELDS: ReadonlySet<string> = new Set([
  'memberships',
  'membershipTeams',
  'createMembership',
  'removeMembership',
  'apiKeys',
  'createApiKey',
  'revokeApiKey',
]);

/** How an operation's root fields relate to the platform fields. */
export type PlatformFieldUse = 'none' | 'only' | 'mixed';

function operationOf(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  return operationName ? operations.find((op) => op.name?.value === operationName) : operations[0];
}

/** Whether the operation asks for platform fields only, none, or both kinds. */
export function platformFieldUse(
  document: DocumentNode,
  operationName: string | null | undefined,
): PlatformFieldUse {
  const operation = operationOf(document, operationName);
  if (!operation) return 'none';
  let platform = 0;
  let other = 0;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind === Kind.FIELD && selection.name.value === '__typename') continue;
    if (selection.kind === Kind.FIELD && PLATFORM_FIELDS.has(selection.name.value)) platform++;
    else other++;
  }
  if (platform === 0) return 'none';
  return other === 0 ? 'only' : 'mixed';
}

/** The `db` of a platform operation's context: any use of it is a bug, refused loudly. */
export const NO_TENANT_DATABASE = new Proxy(
  {},
  {
    get() {
      throw new Error('A platform field reached for tenant data; use context.platformDb.');
    },
  },
) as Database;
