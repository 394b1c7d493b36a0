import type { Plugin } from 'graphql-yoga';

export const READINESS_PATH = '/ready';
/** A database that needs longer than this to answer `select 1` is not ready for traffic. */
export const READINESS_TIMEOUT_MS = 1000;

/**
 * `/ready` answers 200 only when the database answers within the timeout, so a load balancer
 * stops sending traffic while the database is away and resumes when it is back.
 * (`/health`, yoga's own, only says the process is up.)
 */
export function useReadiness(checkDatabase: () => Promise<void>): Plugin {
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname !== READINESS_PATH) return;
      try {
        await withTimeout(checkDatabase(), READINESS_TIMEOUT_MS);
        endResponse(Response.json({ status: 'ready' }, { status: 200 }));
      } catch {
        endResponse(
          Response.json(
            { status: 'unavailable', reason: 'The database does not answer.' },
            { status: 503 },
          ),
        );
      }
    },
  };
}

async function withTimeout<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), milliseconds);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
