import { describe, expect, it } from 'vitest';
import { householdSchema } from './household.js';
import { pseudonymiseReference } from './pseudonymise.js';

const valid = {
  referenceHash: pseudonymiseReference('ZAAK-1234', 'leeuwarden-secret-2025'),
  municipalityCode: 'GM0080',
  districtCode: 'WK008001',
  size: 3,
  adults: 2,
  minors: 1,
  eldestAgeBand: '27-44',
  registeredOn: '2025-02-14',
  intakeChannel: 'general-practitioner',
};

function messagesFor(input: unknown): string[] {
  const result = householdSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('householdSchema', () => {
  it('accepts a complete pseudonymous household', () => {
    expect(householdSchema.parse(valid)).toEqual(valid);
  });

  it('accepts a household of only minors when the eldest is under 18', () => {
    expect(
      householdSchema.safeParse({
        ...valid,
        size: 2,
        adults: 0,
        minors: 2,
        eldestAgeBand: 'under-18',
      }).success,
    ).toBe(true);
  });

  it('refuses a size that is not adults plus minors', () => {
    expect(messagesFor({ ...valid, size: 4 })).toEqual([
      'The household size is 4, but 2 adult(s) and 1 minor(s) make 3; size must equal adults plus minors.',
    ]);
  });

  it('refuses a district of another municipality', () => {
    expect(messagesFor({ ...valid, districtCode: 'WK0363AA' })).toEqual([
      "District WK0363AA does not lie in municipality GM0080: a district code carries its municipality's 4 digits (WK0080..).",
    ]);
  });

  it('refuses names, BSN and addresses', () => {
    expect(messagesFor({ ...valid, name: 'Jansen', bsn: '123456782' })).toEqual([
      'Unknown household field(s) "name", "bsn": a household holds no names, BSN or address, only the fields wijknet defines.',
    ]);
  });

  it('refuses a raw reference in place of its hash', () => {
    expect(messagesFor({ ...valid, referenceHash: 'ZAAK-1234' })[0]).toMatch(
      /never the reference itself/,
    );
  });

  it('refuses an eldest under 18 in a household with adults', () => {
    expect(messagesFor({ ...valid, eldestAgeBand: 'under-18' })).toEqual([
      'The eldest is under 18, yet the household has adults; one of the two is wrong.',
    ]);
  });

  it('names each faulty field in words', () => {
    const result = householdSchema.safeParse({
      ...valid,
      adults: -1,
      minors: 1.5,
      registeredOn: '14-02-2025',
      intakeChannel: 'gp',
    });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
    );
    expect(byField).toEqual({
      adults: 'The number of adults cannot be negative.',
      minors: 'The number of minors must be a whole number.',
      registeredOn: '"14-02-2025" is not a date: write it as YYYY-MM-DD, e.g. "2025-03-31".',
      intakeChannel:
        'Unknown intake channel (binnenkomst) "gp": use one of self, general-practitioner, school, housing-corporation, neighbour-or-network, outreach, police, other.',
    });
  });

  it('refuses an empty household and an implausible size', () => {
    expect(messagesFor({ ...valid, size: 0, adults: 0, minors: 0 })).toContain(
      'A household has at least one person.',
    );
    expect(messagesFor({ ...valid, size: 40, adults: 40 })).toContain(
      'The number of people in the household is above 30; check for a typing error.',
    );
  });
});
