import { formatDocument, stringifyDocument } from '@urql/core';
import type { DocumentNode } from 'graphql';
import { operations } from './operations';

/**
 * Built for Node by the production build: the exact text urql sends for every operation, so
 * the manifest's hashes equal the ones the browser computes. urql's cacheExchange adds
 * `__typename` to every selection set before the fetch (formatDocument), so the manifest must
 * hash the formatted document, not the one written beside the component.
 */
export const operationTexts: string[] = operations.map((document) =>
  stringifyDocument(formatDocument(document) as DocumentNode),
);
