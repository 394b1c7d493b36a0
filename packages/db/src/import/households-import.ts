import {
  findHouseholdInconsistencies,
  type Household,
  HouseholdError,
  householdSchema,
  pseudonymiseReference,
} from '@wijknet/household';
import { writeBatches } from './batch-writes.js';
import { numberOrText } from './cell-values.js';
import { rememberVerdicts, wholeNumberOrText } from './cell-verdicts.js';
import { type ImportKind, ROWS_PER_CHECK, reportDuplicates } from './import-kind.js';
import { loadDistrictCheck } from './reference-lookups.js';
import { reachOfHouseholdPlans } from './rollup-reach.js';
import { reportIssues } from './schema-problems.js';
import { idOfKey } from './stable-id.js';

const COLUMNS = [
  'household_reference',
  'district_code',
  'size',
  'adults',
  'minors',
  'eldest_age_band',
  'registered_on',
  'intake_channel',
] as const;

const COLUMN_OF: Record<string, string> = {
  referenceHash: 'household_reference',
  districtCode: 'district_code',
  size: 'size',
  adults: 'adults',
  minors: 'minors',
  eldestAgeBand: 'eldest_age_band',
  registeredOn: 'registered_on',
  intakeChannel: 'intake_channel',
};

type Session = Parameters<ImportKind<unknown>['parseRow']>[1];

/** Per import, the pseudonym of each reference already hashed: a household has many assessments. */
const pseudonymsOf = new WeakMap<Session, Map<string, string>>();

/**
 * Pseudonymises a household reference cell, reporting an empty one on the line. Shared by every
 * kind that names a household, so all of them hash the same way.
 */
export function hashReference(
  cell: string,
  line: number,
  column: string,
  session: Session,
): string | undefined {
  let pseudonyms = pseudonymsOf.get(session);
  if (pseudonyms === undefined) {
    pseudonyms = new Map();
    pseudonymsOf.set(session, pseudonyms);
  }
  const known = pseudonyms.get(cell);
  if (known !== undefined) return known;
  try {
    const pseudonym = pseudonymiseReference(cell, session.secret);
    pseudonyms.set(cell, pseudonym);
    return pseudonym;
  } catch (error) {
    if (!(error instanceof HouseholdError)) throw error;
    session.problems.add(line, column, error.message);
    return undefined;
  }
}

const FIELDS = householdSchema.shape;
const verdictOf = {
  districtCode: rememberVerdicts(FIELDS.districtCode),
  size: rememberVerdicts(FIELDS.size, wholeNumberOrText),
  adults: rememberVerdicts(FIELDS.adults, wholeNumberOrText),
  minors: rememberVerdicts(FIELDS.minors, wholeNumberOrText),
  eldestAgeBand: rememberVerdicts(FIELDS.eldestAgeBand),
  registeredOn: rememberVerdicts(FIELDS.registeredOn),
  intakeChannel: rememberVerdicts(FIELDS.intakeChannel),
};

/**
 * The household of a row whose cells each pass their field's schema exactly as written and that
 * breaks none of the rules between fields: the common row, checked without the whole schema's
 * objects (which cost more than writing the row). Undefined for any other row, which the schema
 * then judges, with its own messages.
 */
export function plainHousehold(
  cells: readonly string[],
  referenceHash: string,
  municipalityCode: string,
): Household | undefined {
  const [, district = '', size = '', adults = '', minors = '', band = '', on = '', channel = ''] =
    cells;
  const districtCode = verdictOf.districtCode(district);
  const people = verdictOf.size(size);
  const grownUps = verdictOf.adults(adults);
  const children = verdictOf.minors(minors);
  const eldestAgeBand = verdictOf.eldestAgeBand(band);
  const registeredOn = verdictOf.registeredOn(on);
  const intakeChannel = verdictOf.intakeChannel(channel);
  if (
    districtCode === undefined ||
    people === undefined ||
    grownUps === undefined ||
    children === undefined ||
    eldestAgeBand === undefined ||
    registeredOn === undefined ||
    intakeChannel === undefined
  )
    return undefined;
  const household: Household = {
    referenceHash,
    municipalityCode,
    districtCode,
    size: people,
    adults: grownUps,
    minors: children,
    eldestAgeBand,
    registeredOn,
    intakeChannel,
  };
  return findHouseholdInconsistencies(household).length === 0 ? household : undefined;
}

/** A household row: the household and the id it is stored under, derived once. */
export interface HouseholdRow {
  readonly household: Household;
  readonly id: string;
}

/**
 * Households (huishoudens): one row per household, named by the municipality's own reference,
 * which is stored only as its keyed hash. A re-imported household is brought up to date.
 */
export const householdsImport: ImportKind<HouseholdRow> = {
  name: 'households',
  columns: COLUMNS,
  rowsPerCheck: ROWS_PER_CHECK,
  parseRow({ line, cells }, session) {
    const [
      reference = '',
      district = '',
      size = '',
      adults = '',
      minors = '',
      band = '',
      on = '',
      channel = '',
    ] = cells;
    const referenceHash = hashReference(reference, line, 'household_reference', session);
    const plain =
      referenceHash === undefined
        ? undefined
        : plainHousehold(cells, referenceHash, session.municipalityId);
    if (plain !== undefined)
      return { household: plain, id: idOfKey('household', plain.referenceHash) };
    const { separator } = session.layout;
    const result = householdSchema.safeParse({
      referenceHash: referenceHash ?? '0'.repeat(64),
      municipalityCode: session.municipalityId,
      districtCode: district,
      size: numberOrText(size, separator),
      adults: numberOrText(adults, separator),
      minors: numberOrText(minors, separator),
      eldestAgeBand: band.trim(),
      registeredOn: on.trim(),
      intakeChannel: channel.trim(),
    });
    if (!result.success) {
      reportIssues(session.problems, line, result.error.issues, COLUMN_OF);
      return undefined;
    }
    return referenceHash === undefined
      ? undefined
      : { household: result.data, id: idOfKey('household', referenceHash) };
  },
  /** A household counts only through its plans: a new one changes no figure until it has one. */
  rollupReach: (rows, session) =>
    reachOfHouseholdPlans(
      session,
      rows.map((row) => row.value.id),
      ['households'],
    ),
  async check(rows, session) {
    reportDuplicates(
      rows,
      ({ household }) => household.referenceHash,
      session,
      'household_reference',
      'household reference',
    );
    const isDistrictKnown = await loadDistrictCheck(
      session,
      new Set(rows.map((row) => row.value.household.districtCode)),
    );
    for (const row of rows)
      isDistrictKnown(row.value.household.districtCode, row.line, 'district_code');
    return () =>
      writeBatches(
        session.tx,
        {
          table: 'households',
          columns: [
            { name: 'municipality_id', type: 'text' },
            { name: 'id', type: 'uuid' },
            { name: 'reference_hash', type: 'text' },
            { name: 'district_id', type: 'text' },
            { name: 'size', type: 'smallint' },
            { name: 'adults', type: 'smallint' },
            { name: 'minors', type: 'smallint' },
            { name: 'eldest_age_band', type: 'text' },
            { name: 'registered_on', type: 'date' },
            { name: 'intake_channel', type: 'text' },
          ],
          conflictColumns: ['municipality_id', 'reference_hash'],
          updateColumns: [
            'district_id',
            'size',
            'adults',
            'minors',
            'eldest_age_band',
            'registered_on',
            'intake_channel',
          ],
        },
        rows.map(({ value: { household: h, id } }) => [
          session.municipalityId,
          id,
          h.referenceHash,
          h.districtCode,
          h.size,
          h.adults,
          h.minors,
          h.eldestAgeBand,
          h.registeredOn,
          h.intakeChannel,
        ]),
      );
  },
};
