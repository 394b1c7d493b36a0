import { describe, expect, it } from 'vitest';
import { createGatewayClient } from './client';
import { operations } from './operations';
import { operationTexts } from './persisted-entry';

/** The variables each operation needs to be sent at all; the values do not matter here. */
const VARIABLES: Record<string, Record<string, unknown>> = {};

describe('persisted-operations manifest', () => {
  it('holds exactly the text the client sends for every operation', async () => {
    const sent: string[] = [];
    const client = createGatewayClient({
      url: 'http://gateway.test/graphql',
      fetch: (async (_input: RequestInfo | URL, init?: RequestInit) => {
        sent.push(JSON.parse(String(init?.body)).query);
        return new Response(JSON.stringify({ data: null }), {
          headers: { 'content-type': 'application/json' },
        });
      }) as typeof fetch,
    });
    for (const document of operations) {
      const isMutation = document.definitions.some(
        (definition) =>
          definition.kind === 'OperationDefinition' && definition.operation === 'mutation',
      );
      if (isMutation) await client.mutation(document, VARIABLES as never).toPromise();
      else await client.query(document, VARIABLES as never).toPromise();
    }
    expect(sent).toHaveLength(operations.length);
    // The cacheExchange's rewrite is what goes out: every object selected names its type (an
    // operation of scalars only, as removeMembership's boolean, has nothing to add).
    const selectsObjects = operations.map((document) =>
      document.definitions.some(
        (definition) =>
          definition.kind === 'OperationDefinition' &&
          definition.selectionSet.selections.some(
            (selection) => selection.kind === 'Field' && selection.selectionSet !== undefined,
          ),
      ),
    );
    expect(sent.map((text) => text.includes('__typename'))).toEqual(selectsObjects);
    expect([...new Set(sent)].sort()).toEqual([...operationTexts].sort());
  });

  it('finds the operations written beside the components, each once', () => {
    const names = operations.map((document) =>
      document.definitions.flatMap((definition) =>
        definition.kind === 'OperationDefinition' ? [definition.name?.value] : [],
      ),
    );
    expect(names.flat()).toEqual(expect.arrayContaining(['Viewer', 'DistrictFigures', 'OwnTeams']));
    expect(new Set(operationTexts).size).toBe(operationTexts.length);
  });
});
