import type { OperationResult } from '@urql/core';

/**
 * Whether the gateway refused this tab's session as ended (signed out elsewhere, or idle too
 * long). The gateway says so once, on whichever of the page's requests reaches it first, and
 * removes the cookie with it: every later answer is simply anonymous. So the refusal is noticed
 * on every answer of the client (see gateway client), not only on the viewer's own query.
 */
let hasEnded = false;
const listeners = new Set<() => void>();

export function noticeSessionEnded(result: OperationResult): void {
  if (hasEnded) return;
  const ended = result.error?.graphQLErrors.some(
    (error) =>
      error.extensions?.code === 'UNAUTHENTICATED' && error.extensions?.reason === 'SESSION_ENDED',
  );
  if (!ended) return;
  hasEnded = true;
  for (const listener of listeners) listener();
}

export function subscribeSessionEnded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isSessionEndedNoticed(): boolean {
  return hasEnded;
}
