import { type SQL, sql } from 'drizzle-orm';
import { publicReaderFor } from './public-replicas.js';
import { type Database, queryRows } from './query-rows.js';
import { postgresClientOf, sendOn, sendPrepared } from './request/prepared-statement.js';

/** Who a request acts for; the database enforces it with row-level security. */
export type Scope =
  /** A national knowledge institute (kennisinstituut): no tenant rows, only published aggregates. */
  | { role: 'institute' }
  /** A municipality (gemeente): all rows of its own municipality. */
  | { role: 'municipality'; municipalityId: string }
  /** A team lead (teamleider): its municipality, with households and plans narrowed to the team. */
  | { role: 'team'; municipalityId: string; teamId: string }
  /** A platform administrator acting for one municipality. */
  | { role: 'admin'; municipalityId: string };

export type ScopeRole = Scope['role'];

export class ScopeError extends Error {
  readonly code: 'INVALID_SCOPE';
  constructor(message: string) {
    super(message);
    this.name = 'ScopeError';
    this.code = 'INVALID_SCOPE';
  }
}

const MUNICIPALITY_CODE = /^GM\d{4}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function settingsOf(scope: Scope): { municipalityId: string; teamId: string } {
  if (scope.role === 'institute') return { municipalityId: '', teamId: '' };
  if (!MUNICIPALITY_CODE.test(scope.municipalityId)) {
    throw new ScopeError(`"${scope.municipalityId}" is not a municipality code (GM and 4 digits).`);
  }
  if (scope.role !== 'team') return { municipalityId: scope.municipalityId, teamId: '' };
  if (!UUID.test(scope.teamId)) throw new ScopeError(`"${scope.teamId}" is not a team id.`);
  return { municipalityId: scope.municipalityId, teamId: scope.teamId };
}

const APP_ROLE = 'wijknet_app';

/**
 * The settings a scope runs under, by name, as a connection's startup parameters take them: a
 * connection opened with these is in the scope for its whole life.
 */
export function sessionSettingsOf(scope: Scope): Record<string, string> {
  const settings = settingsOf(scope);
  return {
    role: APP_ROLE,
    'wijknet.municipality_id': settings.municipalityId,
    'wijknet.team_id': settings.teamId,
    'wijknet.role': scope.role,
  };
}

/**
 * Per database, connections opened in the institute's scope (see `withScope`); on streaming
 * replicas too when the database has them (see public-replicas.ts).
 */
const instituteConnections = new WeakMap<Database, Database>();

/**
 * Gives a database connections that are in the institute's scope for their whole life, opened
 * with `sessionSettingsOf({ role: 'institute' })`: `withScope` then runs an institute's work on
 * them, without a transaction of its own.
 */
export function useInstituteConnections(db: Database, institute: Database): void {
  instituteConnections.set(db, institute);
}

type ScopeSettings = ReturnType<typeof settingsOf>;

/** The statement that puts a transaction in a scope (see `enterScope`). */
function setUpStatement(scope: Scope, settings: ScopeSettings): SQL {
  return sql`select set_config('role', ${APP_ROLE}, true),
               set_config('wijknet.municipality_id', ${settings.municipalityId}, true),
               set_config('wijknet.team_id', ${settings.teamId}, true),
               set_config('wijknet.role', ${scope.role}, true)`;
}

/**
 * Throws the set-up's error. The set-up is the first statement of a fresh transaction: "current
 * transaction is aborted" there means the connection still carries a transaction a lost connection
 * broke (seen right after a database restart), so it is reported as the connection failure it is.
 */
function throwSetUpError(error: unknown): never {
  if ((error as { code?: unknown }).code === '25P02')
    throw Object.assign(new Error('The connection was lost mid-transaction.', { cause: error }), {
      code: '08006',
    });
  throw error;
}

/**
 * Puts a transaction in the scope: one statement, as set_config('role', ..., true) is SET LOCAL
 * ROLE, taking effect after it. On Postgres it is sent at once and not awaited, so the request's
 * first statement follows it on the connection instead of a round trip later; should it fail,
 * Postgres runs nothing after it in the transaction, and the returned promise says why. On
 * PGlite it has run when this resolves, and the promise is null.
 */
async function enterScope(
  tx: Database,
  scope: Scope,
  settings: ScopeSettings,
): Promise<{ setUpDone: Promise<void> | null }> {
  const setUp = setUpStatement(scope, settings);
  const pending = sendPrepared(tx, setUp);
  if (!pending) {
    await tx.execute(setUp);
    return { setUpDone: null };
  }
  const setUpDone = pending.then(() => undefined, throwSetUpError);
  // Awaited by the caller; until then its failure must not count as unhandled.
  setUpDone.catch(() => {});
  return { setUpDone };
}

/**
 * Runs `work` in a transaction as the role `wijknet_app`, which row-level security applies to,
 * with the scope in transaction-local settings. Every request query goes through here, so a
 * query that forgets a filter still cannot see another municipality's rows.
 */
export async function withScope<T>(
  db: Database,
  scope: Scope,
  work: (tx: Database) => Promise<T>,
): Promise<T> {
  // A malformed scope is refused here, before the database is touched.
  const settings = settingsOf(scope);
  // The institute's scope holds no tenant rows, so nothing its work reads has to be consistent
  // with what a write of the same request sees, and it writes nothing: on connections that are in
  // that scope for good, each statement is one round trip instead of begin, set-up and commit.
  const institute = scope.role === 'institute' ? instituteConnections.get(db) : undefined;
  if (institute) return work(await publicReaderFor(db, institute));
  return db.transaction(async (tx) => {
    const scoped = tx as unknown as Database;
    const { setUpDone } = await enterScope(scoped, scope, settings);
    if (!setUpDone) return work(scoped);
    let result: T;
    try {
      result = await work(scoped);
    } catch (error) {
      // When the set-up failed, work's own error only follows from it: the set-up's says why.
      await setUpDone;
      throw error;
    }
    await setUpDone;
    return result;
  });
}

/**
 * The rows of one statement run in a scope's transaction (as `withScope` runs work), which then
 * commits. On Postgres the begin, the set-up, the statement and the commit leave in one write, on
 * a connection reserved for them, and the request takes one round trip. The statement may write
 * (its audit rows, in a CTE): should it fail, or the set-up before it, the commit becomes a
 * rollback. Rows are returned only when all four succeeded; otherwise the first error is thrown.
 */
export async function readInScope<Row>(db: Database, scope: Scope, statement: SQL): Promise<Row[]> {
  const client = postgresClientOf(db);
  if (!client || (scope.role === 'institute' && instituteConnections.has(db)))
    return withScope(db, scope, (tx) => queryRows<Row>(tx, statement));
  // A malformed scope is refused here, before a connection is taken.
  const settings = settingsOf(scope);
  const connection = await client.reserve();
  try {
    // A statement's first run on a connection waits for its parameter types (see sendPrepared):
    // until then the ones behind it wait their turn, and go out together from then on.
    const [begun, setUp, read, committed] = await Promise.allSettled([
      connection.unsafe('begin').execute(),
      sendOn(connection, setUpStatement(scope, settings), { prepare: true }),
      sendOn(connection, statement, { prepare: 'if-few' }),
      connection.unsafe('commit').execute(),
    ]);
    if (begun.status === 'rejected') throw begun.reason;
    if (setUp.status === 'rejected') throwSetUpError(setUp.reason);
    if (read.status === 'rejected') throw read.reason;
    if (committed.status === 'rejected') throw committed.reason;
    return read.value as Row[];
  } finally {
    connection.release();
  }
}
