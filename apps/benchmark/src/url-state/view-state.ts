import {
  convertPeriod,
  type Granularity,
  granularityOf,
  lastCompletePeriod,
  shiftPeriod,
} from '../format/period';
import { isLocale, type Locale } from '../i18n/locale';

/** The pages of the app; the first three compare municipalities on one theme each. */
export const PAGES = [
  'team-composition',
  'hours-in-wijk',
  'outcomes',
  'profile',
  'districts',
  'report',
  'indicators',
  'delivery',
  'memberships',
  'data-quality',
  'audit-log',
  'publication',
  'stories',
  'caseload',
  'sign-in',
] as const;
export type PageName = (typeof PAGES)[number];

export const PEER_GROUP_KINDS = [
  'SIZE_CLASS',
  'PROVINCE',
  'URBANITY',
  'ACCESS_MANDATE',
  'SIMILAR',
] as const;
export type PeerGroupKindName = (typeof PEER_GROUP_KINDS)[number];

/** Unit costs for the social cost-benefit, in euro cents; absent means the registry default. */
export interface UnitCostOverrides {
  readonly escalationCents?: number;
  readonly evictionCents?: number;
  readonly supervisionOrderCents?: number;
  readonly ftePerYearCents?: number;
}

/** Everything a view shows, so that a link reproduces it (weergave). */
export interface ViewState {
  readonly page: PageName;
  readonly locale: Locale;
  /** Chosen municipalities (CBS codes), in the order they were picked. */
  readonly municipalities: readonly string[];
  /** A peer group around one municipality, added to the comparison. */
  readonly peerGroup: { readonly kind: PeerGroupKindName; readonly anchor: string } | null;
  readonly granularity: Granularity;
  readonly from: string;
  readonly to: string;
  /** The indicator the charts and the map show; null means the page's first. */
  readonly indicator: string | null;
  /** The municipality whose districts the map shows; null shows all municipalities. */
  readonly districtsOf: string | null;
  /** The municipality of the profile page. */
  readonly profile: string | null;
  readonly unitCosts: UnitCostOverrides;
  /**
   * Supervision orders (OTS) the municipality counts as prevented over the range: wijknet
   * registers orders, not prevented ones, so the cost-benefit takes the user's own count.
   */
  readonly preventedSupervisionOrders: number;
}

const MUNICIPALITY_CODE = /^GM\d{4}$/;
const INDICATOR_CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_MUNICIPALITIES = 25;
const DEFAULT_SPAN = { quarter: 7, year: 4 } as const;

/** The view a bare URL opens: outcomes, in Dutch, the last two years by quarter. */
export function defaultViewState(today: Date = new Date()): ViewState {
  const to = lastCompletePeriod(today, 'quarter');
  return {
    page: 'outcomes',
    locale: 'nl',
    municipalities: [],
    peerGroup: null,
    granularity: 'quarter',
    from: shiftPeriod(to, -DEFAULT_SPAN.quarter),
    to,
    indicator: null,
    districtsOf: null,
    profile: null,
    unitCosts: {},
    preventedSupervisionOrders: 0,
  };
}

function readMunicipalityCode(value: string | null): string | null {
  const code = value?.trim().toUpperCase() ?? '';
  return MUNICIPALITY_CODE.test(code) ? code : null;
}

function readNonNegativeInteger(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const cents = Number(value);
  return Number.isSafeInteger(cents) && cents >= 0 ? cents : undefined;
}

function readPeriods(params: URLSearchParams, fallback: ViewState) {
  const granularity: Granularity = params.get('period') === 'year' ? 'year' : 'quarter';
  const fallbackTo = convertPeriod(fallback.to, granularity);
  const fallbackFrom =
    granularity === fallback.granularity
      ? fallback.from
      : shiftPeriod(fallbackTo, -DEFAULT_SPAN[granularity]);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const isValid = (text: string) => granularityOf(text) === granularity;
  let start = isValid(from) ? from : fallbackFrom;
  let end = isValid(to) ? to : fallbackTo;
  // A reversed range is read as the user meant it rather than showing nothing.
  if (start > end) [start, end] = [end, start];
  return { granularity, from: start, to: end };
}

/**
 * Reads a view from a query string. Anything unknown or malformed falls back to the default,
 * so a hand-edited or old link still opens a sensible page.
 */
export function parseViewState(
  search: string,
  fallback: ViewState = defaultViewState(),
): ViewState {
  const params = new URLSearchParams(search);
  const pageParam = params.get('page');
  const page = PAGES.find((name) => name === pageParam) ?? fallback.page;
  const localeParam = params.get('lang');
  const municipalities = [
    ...new Set(
      (params.get('m') ?? '')
        .split(',')
        .map(readMunicipalityCode)
        .filter((code): code is string => code !== null),
    ),
  ].slice(0, MAX_MUNICIPALITIES);
  const [peerKind, peerAnchor] = (params.get('peer') ?? '').split(':');
  const kind = PEER_GROUP_KINDS.find((name) => name === peerKind?.toUpperCase());
  const anchor = readMunicipalityCode(peerAnchor ?? null);
  const indicator = params.get('indicator');
  const unitCosts: { -readonly [K in keyof UnitCostOverrides]: number } = {};
  const escalation = readNonNegativeInteger(params.get('cost-escalation'));
  const eviction = readNonNegativeInteger(params.get('cost-eviction'));
  const supervisionOrder = readNonNegativeInteger(params.get('cost-ots'));
  const ftePerYear = readNonNegativeInteger(params.get('cost-fte'));
  if (escalation !== undefined) unitCosts.escalationCents = escalation;
  if (eviction !== undefined) unitCosts.evictionCents = eviction;
  if (supervisionOrder !== undefined) unitCosts.supervisionOrderCents = supervisionOrder;
  if (ftePerYear !== undefined) unitCosts.ftePerYearCents = ftePerYear;
  return {
    page,
    locale: isLocale(localeParam) ? localeParam : fallback.locale,
    municipalities,
    peerGroup: kind && anchor ? { kind, anchor } : null,
    ...readPeriods(params, fallback),
    indicator: indicator && INDICATOR_CODE.test(indicator) ? indicator : null,
    districtsOf: readMunicipalityCode(params.get('districts')),
    profile: readMunicipalityCode(params.get('profile')),
    unitCosts,
    preventedSupervisionOrders: readNonNegativeInteger(params.get('ots-prevented')) ?? 0,
  };
}

/**
 * Writes a view as a query string. The period range is always written, because the default
 * moves with the calendar and a shared link must show the same periods next year.
 */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  params.set('page', state.page);
  if (state.locale !== 'nl') params.set('lang', state.locale);
  if (state.municipalities.length > 0) params.set('m', state.municipalities.join(','));
  if (state.peerGroup) {
    params.set('peer', `${state.peerGroup.kind.toLowerCase()}:${state.peerGroup.anchor}`);
  }
  if (state.granularity === 'year') params.set('period', 'year');
  params.set('from', state.from);
  params.set('to', state.to);
  if (state.indicator) params.set('indicator', state.indicator);
  if (state.districtsOf) params.set('districts', state.districtsOf);
  if (state.profile) params.set('profile', state.profile);
  const { escalationCents, evictionCents, supervisionOrderCents, ftePerYearCents } =
    state.unitCosts;
  if (escalationCents !== undefined) params.set('cost-escalation', String(escalationCents));
  if (evictionCents !== undefined) params.set('cost-eviction', String(evictionCents));
  if (supervisionOrderCents !== undefined) params.set('cost-ots', String(supervisionOrderCents));
  if (ftePerYearCents !== undefined) params.set('cost-fte', String(ftePerYearCents));
  if (state.preventedSupervisionOrders > 0) {
    params.set('ots-prevented', String(state.preventedSupervisionOrders));
  }
  return `?${params.toString()}`;
}
