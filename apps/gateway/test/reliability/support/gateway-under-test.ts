import type { Database } from '@wijknet/db';
import { pino } from 'pino';
import {
  CSRF_HEADER,
  createGateway,
  type Gateway,
  GRAPHQL_PATH,
} from '../../../src/create-gateway.js';
import { DEVELOPMENT_JWT_SECRET, DEVELOPMENT_PSEUDONYM_KEY } from '../../../src/env.js';
import { ERROR_CODES } from '../../../src/errors/error-codes.js';

export const silentLogger = pino({ level: 'silent' });

/** A production-like gateway (no introspection, no field suggestions) on the given database. */
export function createGatewayUnderTest(db: Database): Gateway {
  return createGateway({
    env: {
      isDevelopment: false,
      jwtSecret: DEVELOPMENT_JWT_SECRET,
      pseudonymKey: DEVELOPMENT_PSEUDONYM_KEY,
    },
    logger: silentLogger,
    database: db,
    // The probes and fuzz cases send their own documents, also without a token.
    allowArbitraryAnonymousOperations: true,
  });
}

export interface GraphQLError {
  readonly message: string;
  readonly extensions?: Record<string, unknown>;
}

export interface Answer {
  readonly status: number;
  /** The body as sent: searched for identifiers that must not leave the server. */
  readonly text: string;
  readonly body: { data?: Record<string, unknown> | null; errors?: GraphQLError[] } | undefined;
}

export interface Ask {
  readonly query?: unknown;
  readonly variables?: unknown;
  readonly token?: string | undefined;
  /** A raw body instead of JSON of query and variables. */
  readonly rawBody?: string;
  readonly contentType?: string;
}

/** Sends one request the way a client would and keeps the body as text. */
export async function ask(gateway: Gateway, request: Ask): Promise<Answer> {
  const headers: Record<string, string> = {
    'content-type': request.contentType ?? 'application/json',
    [CSRF_HEADER]: '1',
  };
  if (request.token !== undefined) headers.authorization = `Bearer ${request.token}`;
  const response = await gateway.fetch(`http://gateway.test${GRAPHQL_PATH}`, {
    method: 'POST',
    headers,
    body: request.rawBody ?? JSON.stringify({ query: request.query, variables: request.variables }),
  });
  const text = await response.text();
  let body: Answer['body'];
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = undefined;
  }
  return { status: response.status, text, body };
}

const CLOSED_CODES = new Set<string>(ERROR_CODES);

/**
 * What every answer must be, whatever was sent: JSON, no 5xx, and either data or errors that
 * each carry a code of the closed set and no stack or SQL text. Returns the reasons it is not.
 */
export function problemsWithAnswer(answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  if (!answer.body || typeof answer.body !== 'object') {
    return [...problems, `not a JSON object: ${answer.text.slice(0, 200)}`];
  }
  const { data, errors } = answer.body;
  if (errors === undefined && (data === undefined || data === null)) {
    problems.push('neither data nor errors');
  }
  for (const error of errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || !CLOSED_CODES.has(code)) {
      problems.push(`error without a closed code (${String(code)}): ${error.message}`);
    }
    if (
      /\n\s+at |node_modules|syntax error at or near|relation \\"|violates .* constraint|duplicate key|invalid input syntax for type/i.test(
        JSON.stringify(error),
      )
    ) {
      problems.push(`error leaks internals: ${JSON.stringify(error).slice(0, 200)}`);
    }
  }
  return problems;
}

export const codesOf = (answer: Answer): unknown[] =>
  (answer.body?.errors ?? []).map((error) => error.extensions?.code);
