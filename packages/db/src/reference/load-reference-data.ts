import { sql } from 'drizzle-orm';
import type { Database } from '../database.js';
import { INDICATOR_DEFINITIONS } from '../rollups/indicator-definitions.js';
import {
  districts,
  indicatorDefinitions,
  municipalities,
  municipalityMergers,
} from '../schema/index.js';
import { readDistricts, readMergers, readMunicipalities } from './reference-data.js';

const BATCH = 500;

function chunks<T>(rows: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) result.push(rows.slice(i, i + BATCH));
  return result;
}

/** `excluded.col is distinct from table.col` for each column: update only what changed. */
function changed(table: string, columns: string[]) {
  return sql.raw(columns.map((c) => `excluded.${c} is distinct from ${table}.${c}`).join(' or '));
}

function excludedSet(columns: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(columns).map(([key, column]) => [key, sql.raw(`excluded.${column}`)]),
  );
}

/**
 * Brings the reference tables up to date with the shipped CBS files and the indicator list.
 * Rows that did not change are left alone, so a second run writes nothing.
 */
export async function loadReferenceData(db: Database): Promise<void> {
  const mergers = readMergers();
  await db.transaction(async (tx) => {
    for (const rows of chunks(readMunicipalities(mergers))) {
      const columns = {
        name: 'name',
        province: 'province',
        inhabitants: 'inhabitants',
        households: 'households',
        urbanity: 'urbanity',
        validFrom: 'valid_from',
        validUntil: 'valid_until',
      };
      await tx
        .insert(municipalities)
        .values(rows)
        .onConflictDoUpdate({
          target: municipalities.id,
          set: excludedSet(columns),
          setWhere: changed('municipalities', Object.values(columns)),
        });
    }
    for (const rows of chunks(readDistricts())) {
      const columns = {
        municipalityId: 'municipality_id',
        name: 'name',
        inhabitants: 'inhabitants',
        households: 'households',
      };
      await tx
        .insert(districts)
        .values(rows)
        .onConflictDoUpdate({
          target: districts.id,
          set: excludedSet(columns),
          setWhere: changed('districts', Object.values(columns)),
        });
    }
    const mergerColumns = {
      effectiveOn: 'effective_on',
      oldName: 'old_name',
      newName: 'new_name',
      share: 'share',
    };
    await tx
      .insert(municipalityMergers)
      .values(mergers)
      .onConflictDoUpdate({
        target: [municipalityMergers.oldId, municipalityMergers.newId],
        set: excludedSet(mergerColumns),
        setWhere: changed('municipality_mergers', Object.values(mergerColumns)),
      });
    const definitionColumns = { indicatorGroup: 'indicator_group', scale: 'scale' };
    await tx
      .insert(indicatorDefinitions)
      .values(
        INDICATOR_DEFINITIONS.map(({ code, indicatorGroup, scale }) => ({
          code,
          indicatorGroup,
          scale,
        })),
      )
      .onConflictDoUpdate({
        target: indicatorDefinitions.code,
        set: excludedSet(definitionColumns),
        setWhere: changed('indicator_definitions', Object.values(definitionColumns)),
      });
  });
}
