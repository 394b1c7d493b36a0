import { stringifyDocument } from '@urql/core';
import * as documents from './documents';

/**
 * Built for Node by the production build: the exact text urql sends for every operation, so
 * the manifest's hashes equal the ones the browser computes. Fragments travel inside the
 * operations that use them and are not listed on their own.
 */
export const operationTexts: string[] = Object.values(documents)
  .filter((document) =>
    document.definitions.some((definition) => definition.kind === 'OperationDefinition'),
  )
  .map((document) => stringifyDocument(document));
