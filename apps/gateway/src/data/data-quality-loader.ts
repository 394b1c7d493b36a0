import { type RegistrationCounts, readDataQuality } from '@wijknet/db';
import DataLoader from 'dataloader';
import type { GatewayContext } from '../context.js';

/** Per request and period, one loader: the municipalities of one answer are read in one call. */
const loaders = new WeakMap<
  GatewayContext,
  Map<string, DataLoader<string, RegistrationCounts | null>>
>();

/**
 * A municipality's registration counts in a period, or null where the viewer's scope may not read
 * them (the database's `data_quality` leaves those out). A list of municipalities asking for
 * their data quality is one statement, not one per municipality.
 */
export function loadRegistrationCounts(
  context: GatewayContext,
  municipalityId: string,
  period: string,
): Promise<RegistrationCounts | null> {
  let byPeriod = loaders.get(context);
  if (!byPeriod) {
    byPeriod = new Map();
    loaders.set(context, byPeriod);
  }
  let loader = byPeriod.get(period);
  if (!loader) {
    loader = new DataLoader(async (municipalityIds: readonly string[]) => {
      const rows = await readDataQuality(context.db, { municipalityIds, periods: [period] });
      const byMunicipality = new Map(rows.map((row) => [row.municipalityId, row]));
      return municipalityIds.map((id) => byMunicipality.get(id) ?? null);
    });
    byPeriod.set(period, loader);
  }
  return loader.load(municipalityId);
}
