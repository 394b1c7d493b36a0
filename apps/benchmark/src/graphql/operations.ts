import type { DocumentNode } from 'graphql';

// Every GraphQL document of the app sits beside the component that uses it, in a file named
// `*.graphql.ts`; this gathers them so the production build lists every operation in the
// persisted-operations manifest (scripts/emit-persisted-operations.mjs).
const modules = import.meta.glob<Record<string, unknown>>('../**/*.graphql.ts', { eager: true });

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as DocumentNode).kind === 'Document';
}

/** The app's operations (queries), each once; fragments travel inside them. */
export const operations: readonly DocumentNode[] = Object.values(modules)
  .flatMap((module) => Object.values(module))
  .filter(isDocument)
  .filter((document) =>
    document.definitions.some((definition) => definition.kind === 'OperationDefinition'),
  );
