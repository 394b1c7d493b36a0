import { buildSchema, type ExecutionArgs, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readsOnlyFigures } from './compiled-execution.js';

const schema = buildSchema(
  'type Query { compare: Int, households: Int } type Mutation { go: Int }',
);
const argsOf = (document: string, operationName?: string): ExecutionArgs => ({
  schema,
  document: parse(document),
  ...(operationName ? { operationName } : {}),
});

describe('readsOnlyFigures', () => {
  it('compiles a query of comparisons only', () => {
    expect(readsOnlyFigures(argsOf('{ compare __typename }'))).toBe(true);
    expect(readsOnlyFigures(argsOf('query A { compare } query B { households }', 'A'))).toBe(true);
  });

  it('leaves every other operation to graphql-js', () => {
    expect(readsOnlyFigures(argsOf('{ compare households }'))).toBe(false);
    expect(readsOnlyFigures(argsOf('query A { compare } query B { households }', 'B'))).toBe(false);
    expect(readsOnlyFigures(argsOf('query A { compare } query B { compare }'))).toBe(false);
    expect(readsOnlyFigures(argsOf('{ ...F } fragment F on Query { compare }'))).toBe(false);
    expect(readsOnlyFigures(argsOf('mutation { go }'))).toBe(false);
  });
});
