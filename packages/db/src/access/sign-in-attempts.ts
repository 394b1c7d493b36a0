import { and, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '../database.js';
import { signInAttempts } from '../schema/access.js';

/** What finishing a sign-in needs: kept while the person is at their identity provider. */
export interface SignInAttempt {
  /** SHA-256 of the id the browser's cookie holds. */
  readonly idHash: string;
  /** The configured provider's name. */
  readonly provider: string;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly returnTo: string;
  readonly expiresAt: string;
}

export async function saveSignInAttempt(db: Database, attempt: SignInAttempt): Promise<void> {
  await db.insert(signInAttempts).values({ ...attempt });
}

/**
 * Takes a sign-in attempt out: it can be finished once, so a replayed callback finds nothing.
 * Null when there is none, or it has expired.
 */
export async function takeSignInAttempt(
  db: Database,
  idHash: string,
): Promise<SignInAttempt | null> {
  const [row] = await db
    .delete(signInAttempts)
    .where(and(eq(signInAttempts.idHash, idHash), gt(signInAttempts.expiresAt, sql`now()`)))
    .returning();
  return row ? { ...row, expiresAt: new Date(row.expiresAt).toISOString() } : null;
}
