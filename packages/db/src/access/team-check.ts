import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { AccessRefusedError, type Reach, reachProblem } from './reach.js';

/**
 * Refuses a reach that does not hold together, names a municipality wijknet does not know, or a
 * team that is not that municipality's. Runs on the gateway's own connection, which row-level
 * security does not narrow.
 */
export async function checkReach(db: Database, reach: Reach): Promise<void> {
  const problem = reachProblem(reach);
  if (problem) throw new AccessRefusedError('invalid-reach', problem);
  if (reach.municipalityId === null) return;
  const [found] = await queryRows<{ municipality: boolean; team: boolean }>(
    db,
    sql`select exists (select 1 from municipalities where id = ${reach.municipalityId}) as municipality,
               exists (select 1 from teams where municipality_id = ${reach.municipalityId}
                         and id::text = ${reach.teamId ?? ''}) as team`,
  );
  if (!found?.municipality)
    throw new AccessRefusedError(
      'unknown-municipality',
      `${reach.municipalityId} is not a municipality wijknet knows.`,
    );
  if (reach.teamId !== null && !found.team)
    throw new AccessRefusedError(
      'unknown-team',
      `Team ${reach.teamId} is not a team of ${reach.municipalityId}.`,
    );
}
