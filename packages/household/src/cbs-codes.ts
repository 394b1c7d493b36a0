import { z } from 'zod';

const MUNICIPALITY_CODE = /^GM\d{4}$/;
// Amsterdam's districts end in letters (WK0363AA), so the last two are alphanumeric.
const DISTRICT_CODE = /^WK\d{4}[0-9A-Z]{2}$/;

/**
 * A CBS municipality code (gemeentecode): `GM` and four digits, e.g. `GM0080` for Leeuwarden.
 * Surrounding spaces and lower case are forgiven, since codes often arrive from spreadsheets.
 */
export const municipalityCodeSchema = z
  .string({ error: 'A municipality code (gemeentecode) must be text such as "GM0080".' })
  .trim()
  .toUpperCase()
  .regex(MUNICIPALITY_CODE, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a CBS municipality code (gemeentecode): expected "GM" and 4 digits, e.g. "GM0080".`,
  });

/** A CBS municipality code (gemeentecode) such as `GM0080`. */
export type MunicipalityCode = z.infer<typeof municipalityCodeSchema>;

/**
 * A CBS district code (wijkcode): `WK`, the municipality's four digits and two characters
 * (digits, or letters as in Amsterdam's `WK0363AA`).
 */
export const districtCodeSchema = z
  .string({ error: 'A district code (wijkcode) must be text such as "WK008001".' })
  .trim()
  .toUpperCase()
  .regex(DISTRICT_CODE, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a CBS district code (wijkcode): expected "WK", the municipality's 4 digits and 2 letters or digits, e.g. "WK008001" or "WK0363AA".`,
  });

/** A CBS district code (wijkcode) such as `WK008001` or `WK0363AA`. */
export type DistrictCode = z.infer<typeof districtCodeSchema>;

/** The municipality code (gemeentecode) a district code (wijkcode) belongs to: `WK036301` → `GM0363`. */
export function municipalityCodeOfDistrict(districtCode: DistrictCode): MunicipalityCode {
  return `GM${districtCode.slice(2, 6)}`;
}

/** Whether the district (wijk) lies in the municipality (gemeente), judged by their CBS codes. */
export function isDistrictOfMunicipality(
  districtCode: DistrictCode,
  municipalityCode: MunicipalityCode,
): boolean {
  return municipalityCodeOfDistrict(districtCode) === municipalityCode;
}
