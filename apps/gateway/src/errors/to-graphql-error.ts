import { PothosError, PothosValidationError } from '@pothos/core';
import { ForbiddenError } from '@pothos/plugin-scope-auth';
import { InputValidationError } from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { isDatabaseUnavailable } from './database-unavailable.js';
import { describeKnownDomainError } from './domain-errors.js';
import {
  type Details,
  ERROR_CODES,
  type ErrorCode,
  type Failure,
  INTERNAL_ERROR_CODE,
  INTERNAL_ERROR_MESSAGE,
} from './error-codes.js';
import { GatewayError } from './gateway-error.js';
import { isScopeViolation } from './scope-violation.js';
import { isWriteConflict } from './write-conflict.js';

const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);

/**
 * The one place where errors from the domain packages, the validation libraries, the
 * authorisation plugin and the database become a code from the closed set. Anything not
 * recognised is INTERNAL: the client gets a generic message and the server log the cause.
 */
export function describeFailure(error: unknown): Failure {
  if (error instanceof GatewayError) {
    return { code: error.code, message: error.message, details: error.details };
  }
  if (error instanceof ForbiddenError) {
    return {
      code: 'FORBIDDEN',
      message:
        'Your token does not give access to this. Ask for a token with the right role, municipality or team.',
    };
  }
  // The Relay plugin's refusals of paging arguments: a malformed cursor, first and last
  // together, a negative page size.
  if (error instanceof PothosValidationError) {
    return { code: 'BAD_USER_INPUT', message: error.message };
  }
  if (error instanceof InputValidationError) {
    return { code: 'BAD_USER_INPUT', message: describeIssues(error.issues) };
  }
  if (error instanceof z.ZodError) {
    return { code: 'BAD_USER_INPUT', message: describeIssues(error.issues) };
  }
  const domainFailure = describeDomainError(error);
  if (domainFailure) return domainFailure;
  if (isScopeViolation(error)) {
    return {
      code: 'FORBIDDEN',
      message:
        'Your token may not write this: it lies outside your municipality, or for a team token outside your team’s districts and households.',
    };
  }
  if (isWriteConflict(error)) {
    return {
      code: 'UNAVAILABLE',
      message:
        'Another write to the same rows got in the way, so nothing of this request was written. Send it again.',
    };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      code: 'UNAVAILABLE',
      message: 'The database does not answer right now. Try again in a moment.',
    };
  }
  return { code: INTERNAL_ERROR_CODE, message: INTERNAL_ERROR_MESSAGE };
}

interface Issue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

function describeIssues(issues: readonly Issue[]): string {
  return issues
    .map((issue) => {
      const path = (issue.path ?? [])
        .map((part) => String(typeof part === 'object' ? part.key : part))
        .join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/**
 * Domain packages throw Error subclasses with a `code` from their own closed union; each
 * package's codes are mapped in its own exhaustive switch (see domain-errors.ts).
 */
function describeDomainError(error: unknown): Failure | undefined {
  return describeKnownDomainError(error);
}

/** The response status a request-level failure is sent with. */
export function httpStatusOf(code: ErrorCode | typeof INTERNAL_ERROR_CODE): number {
  switch (code) {
    case 'BAD_USER_INPUT':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    // A suppressed figure is an answer ("too few to show"), not a failed request.
    case 'SUPPRESSED':
      return 200;
    case 'UNAVAILABLE':
      return 503;
    case INTERNAL_ERROR_CODE:
      return 500;
    default:
      return code satisfies never;
  }
}

export interface ToGraphQLErrorOptions {
  /** Give the response this error's HTTP status (for failures of the whole request). */
  readonly isRequestLevel?: boolean;
  /** Told about every failure that is masked as INTERNAL, with the original error. */
  readonly onInternalError?: (error: unknown) => void;
}

/**
 * Turns anything thrown while serving a request into a GraphQL error with a code from the
 * closed set in `extensions.code`. GraphQL's own errors (syntax, validation, limits) keep
 * their message and are reported as BAD_USER_INPUT.
 */
export function toGraphQLError(error: unknown, options: ToGraphQLErrorOptions = {}): GraphQLError {
  const location = error instanceof GraphQLError ? error : undefined;
  const original = unwrap(error);
  let failure: Failure;
  let http: unknown;
  // Pothos' own errors are GraphQL errors too, but describeFailure knows what they mean.
  if (original instanceof GraphQLError && !(original instanceof PothosError)) {
    // A GraphQL error of another library may carry no extensions at all.
    const { code, http: originalHttp, ...rest } = original.extensions ?? {};
    http = originalHttp;
    if (isErrorCode(code) || code === INTERNAL_ERROR_CODE) {
      // Already one of ours: leave it untouched so its HTTP status and details survive.
      if (original === error && !options.isRequestLevel) return original;
      failure = { code, message: original.message, details: primitivesOf(rest) };
    } else {
      // GraphQL's own refusals (syntax, validation, limits, CSRF, persisted operations):
      // keep their message and status, name their own code as the reason.
      failure = {
        code: codeForStatus(statusOf(originalHttp)),
        message: original.message,
        details: typeof code === 'string' ? { reason: code } : {},
      };
    }
  } else {
    failure = describeFailure(original);
    if (failure.code === INTERNAL_ERROR_CODE) options.onInternalError?.(original);
  }
  if (options.isRequestLevel) http = { status: httpStatusOf(failure.code) };
  return new GraphQLError(failure.message, {
    ...(location?.nodes ? { nodes: location.nodes } : {}),
    ...(location?.source ? { source: location.source } : {}),
    ...(location?.positions ? { positions: location.positions } : {}),
    ...(location?.path ? { path: location.path } : {}),
    extensions: { code: failure.code, ...failure.details, ...(http ? { http } : {}) },
  });
}

/**
 * Tells `onInternalError` about an error that toGraphQLError would mask as INTERNAL, without
 * making the GraphQL error: for a cause that is logged while another error is what the caller
 * gets.
 */
export function reportIfInternal(error: unknown, onInternalError: (error: unknown) => void): void {
  toGraphQLError(error, { onInternalError });
}

function statusOf(http: unknown): number | undefined {
  const status = (http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

function codeForStatus(status: number | undefined): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 503) return 'UNAVAILABLE';
  return 'BAD_USER_INPUT';
}

function primitivesOf(extensions: Record<string, unknown>): Details {
  const details: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(extensions)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
      details[key] = value as string | number | boolean | null;
    }
  }
  return details;
}

/** A GraphQL error that wraps a thrown error stands for that error. */
function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) {
    current = current.originalError;
  }
  return current;
}
