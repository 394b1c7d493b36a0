import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';

/**
 * How large a query may be. The deepest honest query (municipality -> households -> plans ->
 * goals, through Relay edges and nodes) stays well inside maxDepth; the other limits stop
 * documents built to exhaust the server rather than to ask something.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxCost: 5000,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
} as const;

export function useQueryLimits(options: { readonly isDevelopment: boolean }): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // "Did you mean ...?" would map the schema for someone who may not introspect it.
    blockFieldSuggestion: { enabled: !options.isDevelopment },
  }) as Plugin;
}
