import { formatDocument, stringifyDocument } from '@urql/core';
import type { DocumentNode } from 'graphql';
import * as documents from './documents';

/**
 * Built for Node by the production build: the exact text urql sends for every operation, so
 * the manifest's hashes equal the ones the browser computes. urql's cacheExchange adds
 * `__typename` to every selection set before the fetch (formatDocument), so the manifest must
 * hash the formatted document, not the one written in documents.ts. Fragments travel inside
 * the operations that use them and are not listed on their own.
 */
// Documents written beside their components, in files named `*.graphql.ts`.
const besideComponents = import.meta.glob<Record<string, unknown>>('../**/*.graphql.ts', {
  eager: true,
});

const isDocument = (value: unknown): value is DocumentNode =>
  typeof value === 'object' && value !== null && (value as DocumentNode).kind === 'Document';

/** Every operation of the app, from documents.ts and from beside the components. */
export const operationDocuments: DocumentNode[] = [
  ...Object.values(documents),
  ...Object.values(besideComponents).flatMap((module) => Object.values(module)),
]
  .filter(isDocument)
  .filter((document) =>
    document.definitions.some((definition) => definition.kind === 'OperationDefinition'),
  );

export const operationTexts: string[] = operationDocuments.map((document) =>
  stringifyDocument(formatDocument(document) as DocumentNode),
);
