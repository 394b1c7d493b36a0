import { describe, expect, it } from 'vitest';
import { DEFAULT_UNIT_COSTS, parseEuros, unitCostsOf } from './default-unit-costs';

describe('unit costs', () => {
  it('reads euro amounts as people type them, into cents', () => {
    expect(parseEuros('7000')).toBe(700_000);
    expect(parseEuros('€ 7.000')).toBe(700_000);
    expect(parseEuros('1.250,50')).toBe(125_050);
    expect(parseEuros('1250.5')).toBe(125_050);
    expect(parseEuros('1,250')).toBe(125_000);
  });

  it('refuses what is not an amount', () => {
    expect(parseEuros('')).toBeNull();
    expect(parseEuros('-5')).toBeNull();
    expect(parseEuros('veel')).toBeNull();
  });

  it('lays the user’s overrides over the defaults', () => {
    expect(unitCostsOf({ evictionCents: 1 })).toEqual({ ...DEFAULT_UNIT_COSTS, evictionCents: 1 });
  });
});
