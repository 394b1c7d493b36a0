import {
  AGE_BANDS,
  householdSchema,
  INTAKE_CHANNELS,
  LIFE_DOMAINS,
  zrmAssessmentSchema,
} from '@wijknet/household';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainAssessment } from './assessments-import.js';
import { numberOrText, optionalText } from './cell-values.js';
import { plainHousehold } from './households-import.js';

// The plain readers take the common row without the whole schema; they must never accept a row
// the schema refuses, nor read one differently. Cells mix valid values with near misses.
const HASH = 'a'.repeat(64);
const COUNTS = ['0', '1', '2', '3', '03', '29', '30', '31', '-1', '2.5', ' 2', '+1', '1e1', ''];
const DATES = ['2024-02-29', '2023-02-29', '2024-13-01', '2024-1-01', ' 2024-02-12', '', 'x'];
const cell = (values: readonly string[]) => fc.constantFrom(...values);

/** Mostly a valid cell, sometimes a near miss, so that both kinds of row occur often. */
const mostly = (valid: fc.Arbitrary<string>, misses: readonly string[]) =>
  fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: cell(misses) });

const householdCells = fc
  .record({ adults: fc.nat({ max: 4 }), minors: fc.nat({ max: 4 }) })
  .chain(({ adults, minors }) =>
    fc.tuple(
      fc.constant('ZK-1'),
      mostly(cell(['WK008010', 'WK008020']), ['WK008099', 'wk008010', ' WK008010', 'WK036301']),
      mostly(fc.constant(String(adults + minors)), COUNTS),
      mostly(fc.constant(String(adults)), COUNTS),
      mostly(fc.constant(String(minors)), COUNTS),
      mostly(cell(adults === 0 ? ['under-18'] : AGE_BANDS.slice(1)), [
        ...AGE_BANDS,
        'Under-18',
        ' 27-44',
      ]),
      mostly(cell(['2024-02-29', '2025-12-31']), DATES),
      mostly(cell(INTAKE_CHANNELS), ['Self', 'mailbox', '']),
    ),
  );

const assessmentCells = fc.tuple(
  fc.constant('ZK-1'),
  fc.constant(''),
  mostly(cell(['2024-02-29', '2025-12-31']), DATES),
  mostly(cell(['intake', 'follow-up', 'closure']), ['Intake', ' closure', 'later', '']),
  fc.array(mostly(cell(['', '1', '3', '5']), ['0', '6', '05', '2.0', ' 4', 'x']), {
    minLength: 14,
    maxLength: 14,
  }),
);

/** The schema's reading of a household row, as the import gives it cells that are not plain. */
function householdBySchema(cells: readonly string[]) {
  const [, district = '', size = '', adults = '', minors = '', band = '', on = '', channel = ''] =
    cells;
  return householdSchema.safeParse({
    referenceHash: HASH,
    municipalityCode: 'GM0080',
    districtCode: district,
    size: numberOrText(size, ','),
    adults: numberOrText(adults, ','),
    minors: numberOrText(minors, ','),
    eldestAgeBand: band.trim(),
    registeredOn: on.trim(),
    intakeChannel: channel.trim(),
  });
}

describe('the plain row readers', () => {
  it('accept a household only as the schema reads it', () => {
    fc.assert(
      fc.property(householdCells, (cells) => {
        const plain = plainHousehold(cells, HASH, 'GM0080');
        if (plain === undefined) return;
        const result = householdBySchema(cells);
        expect(result.success).toBe(true);
        expect(plain).toEqual(result.data);
      }),
      { seed: 20261204, numRuns: 5000 },
    );
  });

  it('accept an assessment only as the schema reads it', () => {
    fc.assert(
      fc.property(assessmentCells, ([reference, plan, on, moment, scores]) => {
        const plain = plainAssessment([reference, plan, on, moment, ...scores]);
        if (plain === undefined) return;
        const given = Object.fromEntries(
          scores.flatMap((score, index) =>
            score === '' ? [] : [[LIFE_DOMAINS[index], numberOrText(score, ',')]],
          ),
        );
        const result = zrmAssessmentSchema.safeParse({
          assessedOn: on.trim(),
          moment: optionalText(moment),
          scores: given,
        });
        expect(result.success).toBe(true);
        expect(plain).toEqual(result.data);
      }),
      { seed: 20261204, numRuns: 5000 },
    );
  });

  it('take the common rows themselves', () => {
    expect(
      plainHousehold(
        ['ZK-1', 'WK008010', '3', '2', '1', '27-44', '2024-02-12', 'self'],
        HASH,
        'GM0080',
      ),
    ).toBeDefined();
    expect(
      plainAssessment(['ZK-1', '', '2024-02-12', 'intake', '1', '', '5', ...Array(11).fill('')]),
    ).toEqual({
      assessedOn: '2024-02-12',
      moment: 'intake',
      scores: { finances: 1, 'time-use': 5 },
    });
  });
});
