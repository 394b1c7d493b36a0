import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultViewState,
  PAGES,
  PEER_GROUP_KINDS,
  parseViewState,
  serializeViewState,
  type ViewState,
} from './view-state';

const today = new Date(2025, 9, 1);
const fallback = defaultViewState(today);

describe('view state in the URL', () => {
  it('opens outcomes in Dutch over the last eight quarters by default', () => {
    expect(parseViewState('', fallback)).toMatchObject({
      page: 'outcomes',
      locale: 'nl',
      from: '2023-Q4',
      to: '2025-Q3',
    });
  });

  it('reads a shared link', () => {
    const state = parseViewState(
      '?page=hours-in-wijk&lang=en&m=GM0080,gm0363&peer=similar:GM0080&period=year&from=2022&to=2024&indicator=hours-in-wijk-mean&cost-eviction=800000&cost-fte=7500000',
      fallback,
    );
    expect(state).toMatchObject({
      page: 'hours-in-wijk',
      locale: 'en',
      municipalities: ['GM0080', 'GM0363'],
      peerGroup: { kind: 'SIMILAR', anchor: 'GM0080' },
      granularity: 'year',
      from: '2022',
      to: '2024',
      indicator: 'hours-in-wijk-mean',
      unitCosts: { evictionCents: 800000, ftePerYearCents: 7500000 },
    });
  });

  it('ignores malformed parts instead of failing', () => {
    const state = parseViewState(
      '?page=admin&lang=fr&m=GM80,GM0080,GM0080&from=2025-Q9&cost-ots=-5&indicator=<script>',
      fallback,
    );
    expect(state.page).toBe('outcomes');
    expect(state.locale).toBe('nl');
    expect(state.municipalities).toEqual(['GM0080']);
    expect(state.from).toBe(fallback.from);
    expect(state.unitCosts).toEqual({});
    expect(state.indicator).toBeNull();
  });

  it('swaps a reversed period range and keeps years with years', () => {
    const state = parseViewState('?period=year&from=2024&to=2021', fallback);
    expect([state.from, state.to]).toEqual(['2021', '2024']);
    expect(parseViewState('?period=year&from=2024-Q1', fallback).from).toBe('2021');
  });

  it('reproduces any view from its own link', () => {
    const code = fc.integer({ min: 0, max: 9999 }).map((n) => `GM${String(n).padStart(4, '0')}`);
    const quarter = fc
      .tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 1, max: 4 }))
      .map(([year, q]) => `${year}-Q${q}`);
    const year = fc.integer({ min: 2015, max: 2030 }).map(String);
    const range = fc.oneof(
      fc.tuple(fc.constant('quarter' as const), quarter, quarter),
      fc.tuple(fc.constant('year' as const), year, year),
    );
    const cents = fc.option(fc.integer({ min: 0, max: 10_000_000_00 }), { nil: undefined });
    const view = fc.record({
      page: fc.constantFrom(...PAGES),
      locale: fc.constantFrom('nl' as const, 'en' as const),
      municipalities: fc.uniqueArray(code, { maxLength: 6 }),
      peerGroup: fc.option(
        fc.record({ kind: fc.constantFrom(...PEER_GROUP_KINDS), anchor: code }),
        {
          nil: null,
        },
      ),
      range,
      indicator: fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), { nil: null }),
      districtsOf: fc.option(code, { nil: null }),
      profile: fc.option(code, { nil: null }),
      preventedSupervisionOrders: fc.integer({ min: 0, max: 500 }),
      escalation: cents,
      eviction: cents,
      ftePerYear: cents,
    });
    fc.assert(
      fc.property(view, ({ range, escalation, eviction, ftePerYear, ...rest }) => {
        const granularity = range[0];
        const [from, to] = range[1] <= range[2] ? [range[1], range[2]] : [range[2], range[1]];
        const unitCosts = {
          ...(escalation === undefined ? {} : { escalationCents: escalation }),
          ...(eviction === undefined ? {} : { evictionCents: eviction }),
          ...(ftePerYear === undefined ? {} : { ftePerYearCents: ftePerYear }),
        };
        const state: ViewState = { ...rest, granularity, from, to, unitCosts };
        expect(parseViewState(serializeViewState(state), fallback)).toEqual(state);
      }),
    );
  });
});
