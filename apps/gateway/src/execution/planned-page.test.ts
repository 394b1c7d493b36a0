import { type FieldNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../schema/index.js';
import { isCompiledOperation } from './compiled-execution.js';
import { isPlannedPlansField } from './planned-page.js';

const plansFieldOf = (document: string): FieldNode => {
  const operation = parse(document).definitions[0] as OperationDefinitionNode;
  const field = operation.selectionSet.selections[0];
  if (field?.kind !== Kind.FIELD) throw new Error('no field');
  return field;
};
const isPlanned = (document: string) => isPlannedPlansField(schema, plansFieldOf(document));

describe('isPlannedPlansField', () => {
  it('takes a first page of plans with their columns, events and latest assessment', () => {
    expect(
      isPlanned(`{ plans(teamId: "x", status: ACTIVE, first: 50) {
        edges { cursor node { id status openedOn events { sequence type occurredOn payload }
          latestAssessment { assessedOn moment finances housing mentalHealth } __typename } }
        pageInfo { hasNextPage endCursor } } }`),
    ).toBe(true);
    expect(isPlanned('{ plans { edges { node { mine: id } } } }')).toBe(true);
  });

  it('leaves other relations, fragments and later pages to the drizzle plugin', () => {
    expect(isPlanned('{ plans { edges { node { id household { id } } } } }')).toBe(false);
    expect(isPlanned('{ plans { edges { node { id goals { id } } } } }')).toBe(false);
    expect(isPlanned('{ plans { edges { node { ...F } } } } fragment F on Plan { id }')).toBe(
      false,
    );
    expect(isPlanned('{ plans { edges { node { ... on Plan { id } } } } }')).toBe(false);
    expect(isPlanned('query ($a: String) { plans(after: $a) { edges { node { id } } } }')).toBe(
      false,
    );
    expect(isPlanned('{ plans(last: 2) { edges { node { id } } } }')).toBe(false);
  });
});

describe('isCompiledOperation', () => {
  const compiles = (document: string) => isCompiledOperation({ schema, document: parse(document) });

  it('compiles a planned caseload page, alone or beside comparisons', () => {
    expect(compiles('{ plans(first: 50) { edges { node { id events { type } } } } }')).toBe(true);
  });

  it('leaves a caseload page the drizzle plugin plans to graphql-js', () => {
    expect(compiles('{ plans { edges { node { id household { id } } } } }')).toBe(false);
    expect(compiles('{ plans { edges { node { id } } } teams { edges { node { id } } } }')).toBe(
      false,
    );
  });
});
