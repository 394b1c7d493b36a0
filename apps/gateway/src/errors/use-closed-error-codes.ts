import type { Plugin } from 'graphql-yoga';
import { toGraphQLError } from './to-graphql-error.js';

/**
 * Yoga hands validation and parse errors straight to the response without masking them.
 * This last step puts every error of every response through the same mapper, so a client
 * only ever sees a code from the closed set.
 */
export function useClosedErrorCodes(onInternalError: (error: unknown) => void): Plugin {
  return {
    onResultProcess({ result }) {
      for (const single of Array.isArray(result) ? result : [result]) {
        if (!single || typeof single !== 'object' || !('errors' in single)) continue;
        const errors = single.errors;
        if (!Array.isArray(errors)) continue;
        single.errors = errors.map((error) => toGraphQLError(error, { onInternalError }));
      }
    },
  };
}
