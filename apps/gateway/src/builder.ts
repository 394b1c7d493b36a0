import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, relations } from '@wijknet/db';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { viewerScopes } from './auth/viewer-scopes.js';
import type { AuthScopes, GatewayContext } from './context.js';

export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  AuthScopes: AuthScopes;
  DrizzleRelations: typeof relations;
  DefaultFieldNullability: false;
  // A delivered file (GraphQL multipart request): an argument only, never a result.
  Scalars: { File: { Input: File; Output: never } };
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, RelayPlugin, DrizzlePlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => viewerScopes(context.viewer, context.audit),
  },
  drizzle: {
    // The request's own transaction, opened in the viewer's tenancy scope (see use-tenancy).
    client: (context) => context.db,
    getTableConfig,
    relations,
    // The sizes of every connection, the caseload's included (written once, in db).
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
  errors: { defaultTypes: [] },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Every root field is written out with its own auth scope; a generic node(id) lookup
    // would be a second door into every type.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    nodeTypeOptions: {
      description: 'An object with a globally unique ID (Relay node).',
    },
    pageInfoTypeOptions: {
      description: 'Where a page of a connection starts and ends (Relay page info).',
    },
    defaultConnectionTypeOptions: {
      description: 'A page of results with cursors to fetch the next (Relay connection).',
    },
    defaultEdgeTypeOptions: {
      description: 'One result in a connection, with its cursor.',
    },
    pageInfoFieldOptions: { description: 'Where this page starts and ends.' },
    edgesFieldOptions: { description: 'The results on this page, each with its cursor.' },
    nodeFieldOptions: { description: 'The result itself.' },
    cursorFieldOptions: { description: 'Pass as `after` (or `before`) to page on from here.' },
    hasNextPageFieldOptions: { description: 'Whether more results follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether results come before this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first result on this page.' },
    endCursorFieldOptions: { description: 'Cursor of the last result on this page.' },
    firstArgOptions: { description: 'How many results from the start (at most 100).' },
    lastArgOptions: { description: 'How many results from the end (at most 100).' },
    afterArgOptions: { description: 'Start after this cursor.' },
    beforeArgOptions: { description: 'End before this cursor.' },
  },
});
