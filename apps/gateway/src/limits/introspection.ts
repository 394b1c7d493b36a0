import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Outside development the schema is not introspectable: clients build against the committed
 * schema.graphql instead, so nobody needs to map the live API.
 */
export function useIntrospectionOnlyInDevelopment(isDevelopment: boolean): Plugin {
  if (isDevelopment) return {};
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
