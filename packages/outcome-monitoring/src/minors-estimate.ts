/**
 * The share of inhabitants aged 0–17 that figures per minor assume where the CBS count of minors
 * of an area is not in wijknet's reference data (the shipped CBS lists have inhabitants and
 * households, not age groups): 19.5%, about one in five, the national share.
 */
export const MINORS_SHARE_ESTIMATE_PER_MILLE = 195;

/**
 * The estimated number of minors of an area: 19.5% of its inhabitants, rounded to a whole
 * person (halves up). Whole-number arithmetic, so the SQL rollup
 * (`(inhabitants * 195 + 500) / 1000`, rounded down) gives the same count.
 */
export function estimatedMinors(inhabitants: number): number {
  return Math.floor((inhabitants * MINORS_SHARE_ESTIMATE_PER_MILLE + 500) / 1000);
}
