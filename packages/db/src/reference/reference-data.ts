import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { districts, municipalities, municipalityMergers } from '../schema/index.js';

/** The CBS files shipped with this package (Bron: CBS, CC BY 4.0; see data/README.md). */
export const DATA_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');

type MunicipalityRow = typeof municipalities.$inferInsert;
type DistrictRow = typeof districts.$inferInsert;
type MergerRow = typeof municipalityMergers.$inferInsert;

/**
 * Where a split municipality went, by share of its area (from data/README.md): the rows of the
 * merger table name every receiver, and these shares apportion the old code's counts.
 */
const SPLIT_SHARES: Record<string, Record<string, number>> = {
  GM0140: { GM1900: 0.52, GM0080: 0.33, GM1949: 0.15 },
  GM0053: { GM1966: 0.77, GM1969: 0.23 },
  GM0788: { GM0865: 0.45, GM0824: 0.28, GM0855: 0.18, GM0757: 0.09 },
};

/**
 * CBS issued the codes from GM1942 on from 2016, when the merger table starts, so a receiving
 * code in that range was formed by the merger; lower codes existed before and only grew.
 */
const FIRST_CODE_ISSUED_SINCE_2016 = 1942;

/** A CBS file's rows keyed by its header's column names (names with commas come quoted). */
function readData(file: string): Record<string, string>[] {
  return parse(readFileSync(resolve(DATA_FOLDER, file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
  });
}

function toInt(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? Math.round(number) : null;
}

export function readMergers(): MergerRow[] {
  const rows = readData('herindelingen_2016_2025.csv');
  return rows.map((row) => {
    const oldId = row.old_code ?? '';
    const newId = row.new_code ?? '';
    const shares = SPLIT_SHARES[oldId];
    const share = shares ? (shares[newId] ?? 0) / sumOf(Object.values(shares)) : 1;
    return {
      oldId,
      newId,
      effectiveOn: row.date ?? '',
      oldName: row.old_name ?? '',
      newName: row.new_name ?? '',
      share: Math.round(share * 10000) / 10000,
    };
  });
}

function sumOf(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * Today's municipalities with their figures, plus every code that merged away since 2016 (no
 * figures, valid until the merger date), each with its validity period.
 */
export function readMunicipalities(mergers: MergerRow[] = readMergers()): MunicipalityRow[] {
  const current = readData('gemeenten_2025.csv');
  const formedOn = new Map<string, string>();
  for (const merger of mergers) {
    if (Number(merger.newId.slice(2)) < FIRST_CODE_ISSUED_SINCE_2016) continue;
    const known = formedOn.get(merger.newId);
    if (!known || merger.effectiveOn < known) formedOn.set(merger.newId, merger.effectiveOn);
  }
  const rows: MunicipalityRow[] = current.map((row) => ({
    id: row.code ?? '',
    name: row.name ?? '',
    province: row.province || null,
    inhabitants: toInt(row.inhabitants),
    households: toInt(row.households),
    urbanity: toInt(row.urbanity),
    validFrom: formedOn.get(row.code ?? '') ?? null,
    validUntil: null,
  }));
  const currentIds = new Set(rows.map((row) => row.id));
  const former = new Map<string, MunicipalityRow>();
  for (const merger of mergers) {
    if (currentIds.has(merger.oldId)) continue;
    const known = former.get(merger.oldId);
    if (known && (known.validUntil ?? '') <= merger.effectiveOn) continue;
    former.set(merger.oldId, {
      id: merger.oldId,
      name: merger.oldName,
      province: null,
      inhabitants: null,
      households: null,
      urbanity: null,
      validFrom: formedOn.get(merger.oldId) ?? null,
      validUntil: merger.effectiveOn,
    });
  }
  return [...rows, ...former.values()].sort((a, b) => a.id.localeCompare(b.id));
}

export function readDistricts(): DistrictRow[] {
  return readData('wijken_2024.csv').map((row) => ({
    id: row.code ?? '',
    municipalityId: row.municipality_code ?? '',
    name: row.name ?? '',
    inhabitants: toInt(row.inhabitants) ?? 0,
    households: toInt(row.households) ?? 0,
  }));
}
