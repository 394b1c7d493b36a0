import { is, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { PostgresJsDatabase, PostgresJsTransaction } from 'drizzle-orm/postgres-js';
import type { Sql } from 'postgres';
import { type Database, queryRows } from '../query-rows.js';

const dialect = new PgDialect();

/** A statement as postgres.js runs it: a promise with `execute()` to send it at once. */
export interface PendingStatement extends Promise<unknown> {
  execute(): PendingStatement;
}

/** The part of a postgres.js client (a pool, a transaction, a reserved connection) used here. */
export type StatementClient = Pick<Sql, 'unsafe'>;

/**
 * The postgres.js client under a drizzle database or transaction; null on PGlite. drizzle keeps
 * it on its session (marked internal); should a later drizzle move it, every statement simply
 * goes through drizzle again.
 */
export function postgresClientOf(db: Database): Sql | null {
  if (!is(db, PostgresJsTransaction) && !is(db, PostgresJsDatabase)) return null;
  const client = (db as unknown as { session?: { client?: Partial<Sql> } }).session?.client;
  return typeof client?.unsafe === 'function' ? (client as Sql) : null;
}

/**
 * Sends a statement on a postgres.js client now, before any statement the caller sends after,
 * as a named prepared statement when `prepare` is set; `'if-few'` prepares a statement whose text
 * follows a client's choices (the fields a query selects) while few texts have been seen.
 */
export function sendOn(
  client: StatementClient,
  statement: SQL,
  { prepare }: { prepare: boolean | 'if-few' },
): PendingStatement {
  const { sql, params } = dialect.sqlToQuery(statement);
  const pending = client.unsafe(sql, params as never[], {
    prepare: prepare === 'if-few' ? isFew(sql) : prepare,
  });
  return (pending as unknown as PendingStatement).execute();
}

/**
 * Sends a fixed statement of a request as a named prepared statement, when the request runs on
 * Postgres (postgres.js), in its transaction or on a pool in its scope: drizzle sends every
 * statement unnamed, and postgres.js then asks the server for its parameter types first, a round
 * trip of its own, before it may send the next. A prepared one is parsed and planned once per
 * connection and goes out at once, in line behind the statements before it. Returns null on
 * PGlite, where the caller runs it through drizzle as usual.
 *
 * Only for statements whose text is fixed (values in parameters): each text is kept prepared
 * on every connection until the connection is recycled.
 */
export function sendPrepared(tx: Database, statement: SQL): PendingStatement | null {
  const client = postgresClientOf(tx);
  return client && sendOn(client, statement, { prepare: true });
}

/**
 * The varying texts prepared so far (`prepare: 'if-few'`). Each is prepared on every connection it runs
 * on; past this many, a new text is sent unprepared, so a client that varies its fields cannot
 * fill the database's memory with statements.
 */
const VARYING_TEXTS = new Set<string>();
const MAX_VARYING_TEXTS = 128;

/** Whether a varying text may be prepared: while few texts have been seen. */
function isFew(text: string): boolean {
  if (VARYING_TEXTS.has(text)) return true;
  if (VARYING_TEXTS.size >= MAX_VARYING_TEXTS) return false;
  VARYING_TEXTS.add(text);
  return true;
}

/**
 * The rows of a statement whose text follows a client's choices, sent as `sendOn` sends it with
 * `prepare: 'if-few'`; through drizzle on PGlite.
 */
export async function readPrepared<Row>(db: Database, statement: SQL): Promise<Row[]> {
  const client = postgresClientOf(db);
  return (
    client ? await sendOn(client, statement, { prepare: 'if-few' }) : await queryRows(db, statement)
  ) as Row[];
}
