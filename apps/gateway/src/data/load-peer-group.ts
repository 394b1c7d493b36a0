import {
  type Database,
  type MunicipalityCharacteristics,
  readMunicipalityCharacteristics,
  readPublishingMunicipalities,
} from '@wijknet/db';
import {
  type BenchmarkAccess,
  drawPeerGroup,
  type PeerGroupKindCode,
  type PeerGroupShape,
} from '@wijknet/outcome-monitoring';
import { GatewayError } from '../errors/gateway-error.js';

/** A municipality's CBS characteristics as outcome-monitoring's peer groups take them. */
const profileOf = ({ id, ...characteristics }: MunicipalityCharacteristics) => ({
  code: id,
  ...characteristics,
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
 * Two SQL statements, whatever the number of municipalities.
 */
export async function loadPeerGroup(
  db: Database,
  access: BenchmarkAccess,
  request: PeerGroupRequest,
): Promise<PeerGroupShape> {
  const [characteristics, publishers] = await Promise.all([
    readMunicipalityCharacteristics(db),
    readPublishingMunicipalities(db),
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
    .map(profileOf);
  return drawPeerGroup(request.kind, profileOf(target), pool, request.size);
}
