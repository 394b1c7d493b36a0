import { ROLES, type Role } from '@wijknet/outcome-monitoring';

/** The roles a membership or an API key can give; the same four a bearer token can carry. */
export const ACCESS_ROLES = ROLES;

export type AccessRole = Role;

/** What a membership or key lets its holder reach: a role, and the municipality and team it is for. */
export interface Reach {
  readonly role: AccessRole;
  /** CBS code; set for municipality and team, optional for admin, never for institute. */
  readonly municipalityId: string | null;
  /** Set for team only. */
  readonly teamId: string | null;
}

/** Thrown when a membership or key is asked for with a reach that does not hold together. */
export class AccessRefusedError extends Error {
  override readonly name = 'AccessRefusedError';
  readonly code: 'invalid-reach' | 'unknown-team' | 'unknown-municipality' | 'duplicate';
  constructor(code: AccessRefusedError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

/** The message why a reach does not hold together, or null when it does. */
export function reachProblem(reach: Reach): string | null {
  const { role, municipalityId, teamId } = reach;
  if (role === 'institute' && (municipalityId !== null || teamId !== null))
    return 'An institute reaches no municipality or team of its own.';
  if ((role === 'municipality' || role === 'team') && municipalityId === null)
    return `A ${role} role must name its municipality.`;
  if (role === 'team' && teamId === null) return 'A team role must name its team.';
  if (role !== 'team' && teamId !== null) return 'Only a team role names a team.';
  return null;
}
