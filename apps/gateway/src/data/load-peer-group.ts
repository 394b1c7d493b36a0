import {
  type Database,
  type MunicipalityCharacteristics,
  readAccessMandates,
  readMunicipalityCharacteristics,
  readPublishingMunicipalities,
} from '@wijknet/db';
import {
  type BenchmarkAccess,
  drawPeerGroup,
  type PeerGroupKindCode,
  type PeerGroupShape,
} from '@wijknet/outcome-monitoring';
import type { Mandate } from '@wijknet/team';
import { GatewayError } from '../errors/gateway-error.js';

/**
 * A municipality's CBS characteristics, and its teams' access mandate where the viewer may know
 * it, as outcome-monitoring's peer groups take them.
 */
const profileOf =
  (mandates: ReadonlyMap<string, string>) =>
  ({ id, ...characteristics }: MunicipalityCharacteristics) => ({
    code: id,
    ...characteristics,
    accessMandate: (mandates.get(id) ?? null) as Mandate | null,
  });

export interface PeerGroupRequest {
  readonly kind: PeerGroupKindCode;
  readonly municipalityCode: string;
  /** How many similar municipalities (only for `similar`). */
  readonly size: number;
}

/**
 * Draws a peer group among the municipalities the viewer may see by name: those that publish
 * at least one indicator group, the viewer's own, and the one the group is drawn around.
 * Three SQL statements, whatever the number of municipalities.
 */
export async function loadPeerGroup(
  db: Database,
  access: BenchmarkAccess,
  request: PeerGroupRequest,
): Promise<PeerGroupShape> {
  const [characteristics, publishers, mandates] = await Promise.all([
    readMunicipalityCharacteristics(db),
    readPublishingMunicipalities(db),
    readAccessMandates(db, access.ownMunicipalityId),
  ]);
  const target = characteristics.find((row) => row.id === request.municipalityCode);
  if (!target) {
    throw new GatewayError(
      'NOT_FOUND',
      `There is no current municipality ${request.municipalityCode}; use the CBS code of a municipality that exists today.`,
    );
  }
  const pool = characteristics
    .filter(
      (row) =>
        publishers.has(row.id) || row.id === target.id || row.id === access.ownMunicipalityId,
    )
    .map(profileOf(mandates));
  return drawPeerGroup(request.kind, profileOf(mandates)(target), pool, request.size);
}
