import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const NUL = '\u0000';

function refusal(): GraphQLError {
  return new GraphQLError(
    'Text may not contain the NUL character (U+0000): no name, code or reference has one.',
    { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
  );
}

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (Array.isArray(value)) return value.some(containsNul);
  if (value !== null && typeof value === 'object') return Object.values(value).some(containsNul);
  return false;
}

/** A string literal in the document with a NUL in it (written `\u0000`). */
const noNulInLiterals: ValidationRule = (context) => ({
  StringValue(node) {
    if (node.value.includes(NUL)) context.reportError(refusal());
  },
});

/**
 * Refuses text with a NUL character, in the document or its variables, before it reaches SQL:
 * Postgres cannot store one in text (SQLSTATE 22021) and the request would fail as INTERNAL.
 */
export function useNulTextRefusal(): Plugin {
  return {
    onParams({ params }) {
      if (containsNul(params.variables) || containsNul(params.extensions)) throw refusal();
    },
    onValidate({ addValidationRule }) {
      addValidationRule(noNulInLiterals);
    },
  };
}
