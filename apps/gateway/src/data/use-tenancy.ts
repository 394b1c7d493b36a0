import { type Database, withScope, writeAuditRows } from '@wijknet/db';
import type { Plugin } from 'graphql-yoga';
import { tenancyScopeOf } from '../auth/tenancy-scope.js';
import type { RequestContext } from '../context.js';
import { isDatabaseUnavailable } from '../errors/database-unavailable.js';
import { GatewayError } from '../errors/gateway-error.js';
import { reportIfInternal, toGraphQLError } from '../errors/to-graphql-error.js';
import { auditActorOf } from './audit-trail.js';
import { operationLabelOf } from './operation-label.js';
import { readsInOwnScope } from './own-scope.js';
import { NO_TENANT_DATABASE, platformFieldUse } from './platform-fields.js';

/**
 * The request's database in an operation without a transaction: every use is a bug (a field that
 * loads through the transaction passed for one that reads in its own scope), refused loudly.
 */
const NO_TRANSACTION = new Proxy({} as Database, {
  get() {
    throw new Error('this operation reads in its own scopes and has no request transaction');
  },
});

/** The errors of an execution's result. */
const errorsOf = (result: unknown): readonly unknown[] =>
  (result as { errors?: readonly unknown[] } | undefined)?.errors ?? [];

/** The first error of an execution's result that says the database is away, if any. */
function lostDatabaseError(result: unknown): unknown {
  const errors = errorsOf(result) as readonly { originalError?: unknown }[];
  return errors.find((error) => isDatabaseUnavailable(error.originalError))?.originalError;
}

/**
 * Runs every operation in the viewer's tenancy scope (`withScope`: one transaction, or for an
 * institute connections that are in its scope for good), so the database's row-level security
 * applies to each query whatever the schema forgot. The request's audit rows are written in
 * that same transaction before it commits. An operation whose root fields each read in a scope
 * of their own (see own-scope.ts) runs without one.
 */
export function useTenancy(
  database: Database,
  onInternalError: (error: unknown) => void = () => {},
): Plugin {
  // A failure of the operation as a whole: INTERNAL ones reach the log with their cause.
  const failure = (error: unknown) => ({
    errors: [toGraphQLError(error, { isRequestLevel: true, onInternalError })],
  });
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const context = args.contextValue as RequestContext;
        const platform = platformFieldUse(args.document, args.operationName);
        if (platform === 'only')
          return executeFn({ ...args, contextValue: { ...context, db: NO_TENANT_DATABASE } });
        if (platform === 'mixed')
          return {
            errors: [
              toGraphQLError(
                new GatewayError(
                  'BAD_USER_INPUT',
                  'Ask for memberships and API keys in an operation of their own.',
                ),
                { isRequestLevel: true },
              ),
            ],
          };
        if (readsInOwnScope(args.schema, args.document, args.operationName)) {
          const result = await executeFn({
            ...args,
            contextValue: { ...context, db: NO_TRANSACTION, isOwnScope: true },
          });
          const lost = lostDatabaseError(result);
          return lost ? failure(lost) : result;
        }
        const scope = tenancyScopeOf(context.viewer);
        let executed: unknown;
        try {
          const { result, audited } = await withScope(database, scope, async (db) => {
            const result = await executeFn({
              ...args,
              contextValue: { ...context, db, isOwnScope: false },
            });
            executed = result;
            // A read that found the database away fails the operation as a whole, as a scope
            // that could not be opened does (an institute's scope has nothing to open first).
            const lost = lostDatabaseError(result);
            if (lost) throw lost;
            const entries = context.audit.drain();
            if (
              entries.length === 0 ||
              context.viewer.kind !== 'authenticated' ||
              !('municipalityId' in scope)
            )
              return { result, audited: undefined };
            // The audit rows go out, and the commit right behind them, without waiting for the
            // database in between: should the insert fail, the transaction is aborted, its commit
            // becomes a rollback, and the insert's error fails the operation below.
            const audited = writeAuditRows(
              db,
              auditActorOf(context.viewer, {
                municipalityId: scope.municipalityId,
                requestId: context.requestId,
                operation: operationLabelOf(args.document, args.operationName),
              }),
              entries,
            );
            audited.catch(() => {}); // awaited below, once the transaction has ended
            return { result, audited };
          });
          await audited;
          return result;
        } catch (error) {
          // Opening the scope failed (the database is away), or its commit or audit rows did:
          // the operation as a whole fails. A field whose statement failed aborts the
          // transaction, so its commit fails too: the field's error is the cause, logged as well.
          for (const fieldError of errorsOf(executed))
            reportIfInternal(fieldError, onInternalError);
          return failure(error);
        }
      });
    },
  };
}
