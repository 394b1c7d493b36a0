import { describe, expect, it } from 'vitest';
import {
  districtCodeSchema,
  isDistrictOfMunicipality,
  municipalityCodeOfDistrict,
  municipalityCodeSchema,
} from './cbs-codes.js';

describe('CBS municipality code (gemeentecode)', () => {
  it('accepts GM and four digits', () => {
    expect(municipalityCodeSchema.parse('GM0080')).toBe('GM0080');
  });

  it('forgives spaces and lower case from a spreadsheet', () => {
    expect(municipalityCodeSchema.parse(' gm0363 ')).toBe('GM0363');
  });

  it.each(['GM80', 'GM00800', 'WK0080', '0080', 'GMABCD'])('refuses %s with an example', (code) => {
    const message = municipalityCodeSchema.safeParse(code).error?.issues[0]?.message;
    expect(message).toBe(
      `"${code.toUpperCase()}" is not a CBS municipality code (gemeentecode): expected "GM" and 4 digits, e.g. "GM0080".`,
    );
  });

  it('refuses a number', () => {
    expect(municipalityCodeSchema.safeParse(80).error?.issues[0]?.message).toMatch(
      /must be text such as "GM0080"/,
    );
  });
});

describe('CBS district code (wijkcode)', () => {
  it('accepts digits and Amsterdam letters', () => {
    expect(districtCodeSchema.parse('WK008001')).toBe('WK008001');
    expect(districtCodeSchema.parse('WK0363AA')).toBe('WK0363AA');
    expect(districtCodeSchema.parse('wk0363af')).toBe('WK0363AF');
  });

  it.each(['WK00801', 'WK0080011', 'GM008001', 'WK00A001', 'WK0080-1'])('refuses %s', (code) => {
    const message = districtCodeSchema.safeParse(code).error?.issues[0]?.message;
    expect(message).toContain('is not a CBS district code (wijkcode)');
    expect(message).toContain('"WK0363AA"');
  });

  it('knows which municipality a district belongs to', () => {
    expect(municipalityCodeOfDistrict('WK0363AA')).toBe('GM0363');
    expect(isDistrictOfMunicipality('WK008001', 'GM0080')).toBe(true);
    expect(isDistrictOfMunicipality('WK008001', 'GM0363')).toBe(false);
  });
});
