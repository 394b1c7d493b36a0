/**
 * Thrown where a part of wijknet the harness measures has not landed yet (a query, the seed,
 * the import). The report says "not available" with the reason instead of failing the run.
 */
export class NotAvailableError extends Error {
  override readonly name = 'NotAvailableError';
}

/** The outcome of one part of the run: its result, or why there is none. */
export type Outcome<T> =
  | { readonly status: 'measured'; readonly value: T }
  | { readonly status: 'not-available'; readonly reason: string }
  | { readonly status: 'failed'; readonly reason: string };

/** Runs one part; a missing piece becomes "not available", any other error "failed". */
export async function attempt<T>(label: string, work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { status: 'measured', value: await work() };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof NotAvailableError) {
      console.log(`  ${label}: not available (${reason})`);
      return { status: 'not-available', reason };
    }
    console.log(`  ${label}: FAILED (${reason.split('\n')[0]})`);
    return { status: 'failed', reason };
  }
}
