export {
  type ApiKey,
  findActiveApiKey,
  insertApiKey,
  listApiKeys,
  type NewApiKey,
  revokeApiKey,
} from './api-keys.js';
export {
  createMembership,
  ensureMemberships,
  listMemberships,
  listTeamsForMembership,
  type Membership,
  type MembershipHolder,
  type NewMembership,
  removeMembership,
} from './memberships.js';
export {
  ACCESS_ROLES,
  AccessRefusedError,
  type AccessRole,
  type Reach,
} from './reach.js';
export {
  type ActiveSession,
  createSession,
  deleteExpiredSessions,
  deleteSession,
  type NewSession,
  readSession,
  type SessionPerson,
  touchSession,
} from './sessions.js';
export { type SignInAttempt, saveSignInAttempt, takeSignInAttempt } from './sign-in-attempts.js';
