import { buildSchema, type ExecutionArgs, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isCompiledOperation } from './compiled-execution.js';

const schema = buildSchema(
  'type Query { compare: Int, households: Int } type Mutation { go: Int }',
);
const argsOf = (document: string, operationName?: string): ExecutionArgs => ({
  schema,
  document: parse(document),
  ...(operationName ? { operationName } : {}),
});

describe('isCompiledOperation', () => {
  it('compiles a query of comparisons only', () => {
    expect(isCompiledOperation(argsOf('{ compare __typename }'))).toBe(true);
    expect(isCompiledOperation(argsOf('query A { compare } query B { households }', 'A'))).toBe(
      true,
    );
  });

  it('leaves every other operation to graphql-js', () => {
    expect(isCompiledOperation(argsOf('{ compare households }'))).toBe(false);
    expect(isCompiledOperation(argsOf('query A { compare } query B { households }', 'B'))).toBe(
      false,
    );
    expect(isCompiledOperation(argsOf('query A { compare } query B { compare }'))).toBe(false);
    expect(isCompiledOperation(argsOf('{ ...F } fragment F on Query { compare }'))).toBe(false);
    expect(isCompiledOperation(argsOf('mutation { go }'))).toBe(false);
  });
});
