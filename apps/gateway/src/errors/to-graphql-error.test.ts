import { ForbiddenError } from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { INTERNAL_ERROR_MESSAGE } from './error-codes.js';
import { GatewayError } from './gateway-error.js';
import { httpStatusOf, toGraphQLError } from './to-graphql-error.js';

const located = (original: Error) =>
  new GraphQLError(original.message, { path: ['plans', 0, 'status'], originalError: original });

describe('toGraphQLError', () => {
  it('keeps the code, message and details of a gateway error', () => {
    const error = toGraphQLError(
      located(new GatewayError('NOT_FOUND', 'No plan with this ID.', { planId: 'p1' })),
    );
    expect(error.message).toBe('No plan with this ID.');
    expect(error.extensions).toEqual({ code: 'NOT_FOUND', planId: 'p1' });
    expect(error.path).toEqual(['plans', 0, 'status']);
  });

  it('reports a zod failure as BAD_USER_INPUT naming the field', () => {
    const parsed = z.object({ period: z.string().regex(/^\d{4}$/, 'use a year') }).safeParse({
      period: 'soon',
    });
    const error = toGraphQLError(parsed.error);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('period: use a year');
  });

  it('reports a refused auth scope as FORBIDDEN', () => {
    expect(toGraphQLError(new ForbiddenError('nope')).extensions.code).toBe('FORBIDDEN');
  });

  it('reports a row the tenancy policy refuses as FORBIDDEN, without the policy or SQL', () => {
    const cause = new Error('Failed query: insert into households ...', {
      cause: Object.assign(
        new Error('new row violates row-level security policy "households_team_caseload"'),
        { code: '42501' },
      ),
    });
    const error = toGraphQLError(located(cause));
    expect(error.extensions.code).toBe('FORBIDDEN');
    expect(error.message).not.toMatch(/caseload|policy|insert/);
  });

  it.each([
    ['a refused connection', Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })],
    ['a driver timeout', Object.assign(new Error('timeout'), { code: 'CONNECT_TIMEOUT' })],
    ['a statement timeout', Object.assign(new Error('canceling statement'), { code: '57014' })],
    [
      'a wrapped connection failure',
      new Error('Failed query: select 1', {
        cause: Object.assign(new Error('gone'), { code: '08006' }),
      }),
    ],
  ])('reports %s as UNAVAILABLE', (_name, cause) => {
    const error = toGraphQLError(cause);
    expect(error.extensions.code).toBe('UNAVAILABLE');
    expect(error.message).toMatch(/database does not answer/);
  });

  it.each([
    ['a deadlock', '40P01'],
    ['a serialisation failure', '40001'],
  ])('reports %s as UNAVAILABLE, to be sent again', (_name, code) => {
    const cause = new Error('Failed query: insert into plans', {
      cause: Object.assign(new Error('deadlock detected'), { code }),
    });
    const error = toGraphQLError(located(cause));
    expect(error.extensions.code).toBe('UNAVAILABLE');
    expect(error.message).toMatch(/nothing of this request was written/);
    expect(error.message).not.toMatch(/deadlock|plans/);
  });

  it('masks anything else as INTERNAL without its message, stack or SQL', () => {
    const onInternalError = vi.fn();
    const cause = new Error('relation "households" does not exist: select * from households');
    const error = toGraphQLError(located(cause), { onInternalError });
    expect(error.message).toBe(INTERNAL_ERROR_MESSAGE);
    expect(error.extensions).toEqual({ code: 'INTERNAL' });
    expect(JSON.stringify(error.toJSON())).not.toMatch(/households|stack/);
    expect(onInternalError).toHaveBeenCalledWith(cause);
  });

  it('gives GraphQL refusals a code from the closed set by their HTTP status', () => {
    const csrf = new GraphQLError('Required CSRF header(s) not present', {
      extensions: { http: { status: 403 } },
    });
    expect(toGraphQLError(csrf).extensions).toMatchObject({
      code: 'FORBIDDEN',
      http: { status: 403 },
    });
    const validation = new GraphQLError('Cannot query field "x"', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(toGraphQLError(validation).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_VALIDATION_FAILED',
    });
  });

  it('sets the HTTP status only for failures of the whole request', () => {
    const cause = new GatewayError('UNAUTHENTICATED', 'The token has expired.');
    expect(toGraphQLError(cause).extensions.http).toBeUndefined();
    expect(toGraphQLError(cause, { isRequestLevel: true }).extensions.http).toEqual({
      status: 401,
    });
  });

  it('maps every code to an HTTP status', () => {
    expect(httpStatusOf('SUPPRESSED')).toBe(200);
    expect(httpStatusOf('UNAVAILABLE')).toBe(503);
    expect(httpStatusOf('INTERNAL')).toBe(500);
  });
});
