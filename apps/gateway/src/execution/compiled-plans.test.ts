import { type ExecutionArgs, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../schema/index.js';
import { compiledPlansOperation } from './compiled-plans.js';

const argsOf = (document: string, operationName?: string): ExecutionArgs => ({
  schema,
  document: parse(document),
  ...(operationName ? { operationName } : {}),
});
const answers = (document: string, operationName?: string) =>
  compiledPlansOperation(argsOf(document, operationName)) !== undefined;

const PAGE = `edges { cursor node { id status openedOn events { sequence type occurredOn }
  latestAssessment { assessedOn finances } } } pageInfo { hasNextPage endCursor }`;

describe('compiledPlansOperation', () => {
  it('answers a first page of plans: columns, status, events, latest assessment, paging', () => {
    expect(
      answers(`query ($t: String) { plans(teamId: $t, status: ACTIVE, first: 50) { ${PAGE} } }`),
    ).toBe(true);
    expect(
      answers(`{ __typename mine: plans { __typename edges { node { __typename id } } } }`),
    ).toBe(true);
    expect(answers(`query A { plans { ${PAGE} } } query B { teams { id } }`, 'A')).toBe(true);
  });

  it('leaves to the usual execution what it does not write itself', () => {
    // Another page than the first, a field read its own way, a relation it does not hold.
    expect(answers(`query ($a: String) { plans(after: $a) { ${PAGE} } }`)).toBe(false);
    expect(answers('{ plans { edges { node { events { payload } } } } }')).toBe(false);
    expect(answers('{ plans { edges { node { goals { id } } } } }')).toBe(false);
    // Fragments, directives, a response key twice, two pages, other root fields, mutations.
    expect(answers('{ plans { edges { node { ... on Plan { id } } } } }')).toBe(false);
    expect(answers('{ plans { edges { node @include(if: true) { id } } } }')).toBe(false);
    expect(answers('{ plans { edges { node { id id: openedOn } } } }')).toBe(false);
    expect(
      answers('{ a: plans { edges { node { id } } } b: plans { edges { node { id } } } }'),
    ).toBe(false);
    expect(answers('{ plans { edges { node { id } } } teams { id } }')).toBe(false);
    expect(answers(`query A { plans { ${PAGE} } } query B { teams { id } }`, 'B')).toBe(false);
  });
});
