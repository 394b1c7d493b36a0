import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { toGraphQLError } from './to-graphql-error.js';

/** graphql-js's hints at names in the schema: "Did you mean the enum value "ACTIVE"?" and kin. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** The error with graphql-js's "Did you mean ...?" taken out of its message. */
function withoutSuggestions(error: GraphQLError): GraphQLError {
  if (!SUGGESTION.test(error.message)) return error;
  SUGGESTION.lastIndex = 0;
  return new GraphQLError(error.message.replace(SUGGESTION, ''), {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    ...(error.source ? { source: error.source } : {}),
    ...(error.positions ? { positions: error.positions } : {}),
    ...(error.path ? { path: error.path } : {}),
    extensions: error.extensions,
  });
}

/**
 * Yoga hands validation and parse errors straight to the response without masking them.
 * This last step puts every error of every response through the same mapper, so a client
 * only ever sees a code from the closed set. Outside development it also takes out every
 * "Did you mean ...?": graphql-js suggests enum values, fields, arguments and types in
 * validation and variable errors alike, which would map the schema for someone who may not
 * introspect it (graphql-armor's field-suggestion block misses the enum and variable ones).
 */
export function useClosedErrorCodes(
  onInternalError: (error: unknown) => void,
  options: { readonly hideSuggestions: boolean },
): Plugin {
  return {
    onResultProcess({ result }) {
      for (const single of Array.isArray(result) ? result : [result]) {
        if (!single || typeof single !== 'object' || !('errors' in single)) continue;
        const errors = single.errors;
        if (!Array.isArray(errors)) continue;
        single.errors = errors.map((error) => {
          const mapped = toGraphQLError(error, { onInternalError });
          return options.hideSuggestions ? withoutSuggestions(mapped) : mapped;
        });
      }
    },
  };
}
