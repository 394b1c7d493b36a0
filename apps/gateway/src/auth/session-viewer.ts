import { type Database, readSession, touchSession } from '@wijknet/db';
import { GatewayError } from '../errors/gateway-error.js';
import { hashSecret } from './secret-hash.js';
import type { Viewer } from './viewer.js';

/** A session's idle end moves on at most this often, so a busy person costs a write a minute. */
const TOUCH_AFTER_MS = 60_000;

/**
 * Thrown for a session cookie whose session has ended: the refusal also removes the cookie. Its
 * `reason` tells the web app apart from a visitor asking for what needs a role, so it can say
 * the session ended whichever of the page's requests met the refusal first.
 */
export class SessionEndedError extends GatewayError {
  constructor() {
    super(
      'UNAUTHENTICATED',
      'Your session has ended (signed out, or unused for too long); sign in again.',
      { reason: 'SESSION_ENDED' },
    );
  }
}

/**
 * The viewer of a session cookie: the person, with the role of the membership they hold now
 * (asked on every request, so a removed membership is refused at once), or anonymous with the
 * person named when they hold none.
 */
export async function viewerOfSession(
  database: Database,
  sessionId: string,
  idleSeconds: number,
): Promise<Viewer> {
  const idHash = hashSecret(sessionId);
  const session = await readSession(database, idHash, idleSeconds);
  if (!session) throw new SessionEndedError();
  if (Date.now() - Date.parse(session.lastSeenAt) > TOUCH_AFTER_MS)
    await touchSession(database, idHash);
  const person = {
    issuer: session.issuer,
    subject: session.subject,
    displayName: session.displayName,
  };
  if (!session.membership) return { kind: 'anonymous', person };
  return {
    kind: 'authenticated',
    subject: session.subject,
    person,
    credential: 'session',
    role: session.membership.role,
    municipalityId: session.membership.municipalityId,
    teamId: session.membership.teamId,
  };
}
