import type { Client } from 'urql';
import { IndicatorFields } from '../components/indicator-explanation.graphql';
import { type IndicatorGroup, type ResultOf, readFragment } from '../graphql/graphql';
import type { PageName, ViewState } from '../url-state/view-state';
import { CompareIndicatorQuery } from './compare.graphql';
import { PAGE_GROUPS } from './compare-data';
import { IndicatorsQuery } from './indicators-page.graphql';

// What a compare page asks the gateway, without React: the app's script imports this first,
// so the first page's queries start before React and the components are even evaluated.

export type IndicatorMapComponent = typeof import('../map/indicator-map')['default'];
let loadedMap: IndicatorMapComponent | null = null;

/** The map component once its chunk has arrived. */
export function loadedIndicatorMap(): IndicatorMapComponent | null {
  return loadedMap;
}

/**
 * The map and its boundaries load only with a compare page, not with the shell. The page asks
 * for the chunk as it opens, so it arrives while the figures are on their way; and it is
 * rendered as a plain component once there rather than through Suspense, whose fallback
 * throttling would hold the map back for up to 300 ms after its figures arrived.
 */
export function loadIndicatorMapModule(): Promise<IndicatorMapComponent> {
  return import('../map/indicator-map').then((module) => {
    loadedMap = module.default;
    return module.default;
  });
}

/** The input of a compare query for a view; `latestOnly` asks for the last period alone. */
export function compareInputOf(view: ViewState, indicatorCodes: string[], latestOnly: boolean) {
  return {
    indicatorCodes,
    municipalityCodes: [...view.municipalities],
    ...(view.peerGroup
      ? { peerGroup: { kind: view.peerGroup.kind, municipalityCode: view.peerGroup.anchor } }
      : {}),
    granularity: view.granularity === 'year' ? ('YEAR' as const) : ('QUARTER' as const),
    from: latestOnly ? view.to : view.from,
    to: view.to,
  };
}

type IndicatorsResult = ResultOf<typeof IndicatorsQuery>;

/** The indicators of a page's groups, in the registry's order. */
export function pageIndicators(
  data: IndicatorsResult | undefined,
  groups: readonly IndicatorGroup[],
) {
  return (data?.indicators ?? [])
    .map((item) => readFragment(IndicatorFields, item))
    .filter((indicator) => groups.includes(indicator.group));
}

/** The indicator the charts and the map show: the URL's, else the page's first. */
export function chosenIndicatorOf(view: ViewState, codes: readonly string[]): string | null {
  return view.indicator && codes.includes(view.indicator) ? view.indicator : (codes[0] ?? null);
}

/** The view the figures are asked for: peer groups need a role, so without one there is none. */
export function askedViewOf(view: ViewState, hasRole: boolean): ViewState {
  return hasRole ? view : { ...view, peerGroup: null };
}

export function chosenIndicatorVariables(view: ViewState, code: string | null) {
  const codes = code ? [code] : [];
  return { series: compareInputOf(view, codes, false), latest: compareInputOf(view, codes, true) };
}

/**
 * The indicator a compare page shows when its URL names none: the first of its groups in the
 * registry's order (a test holds the two together). Known before the registry arrives, so the
 * first page's figures need not wait for it; should the registry say otherwise, the page asks for
 * its own.
 */
export const FIRST_INDICATOR: Partial<Record<PageName, string>> = {
  'team-composition': 'core-size',
  'hours-in-wijk': 'hours-in-wijk-per-core-member',
  outcomes: 'zrm-mean-change',
};

/**
 * Starts what a compare page draws first as soon as the app's script runs, before React's
 * first render: the registry and, beside it, the indicator the page will most likely show (the
 * URL's, or the page's first), with the map's chunk. The page's own queries have the same
 * variables, so they find these in flight or answered.
 */
export function prefetchComparePage(client: Client, view: ViewState, hasRole: boolean): void {
  const groups = PAGE_GROUPS[view.page];
  if (!groups) return;
  // A failure shows on the page itself (useIndicatorMap), which asks again.
  loadIndicatorMapModule().catch(() => {});
  const askFor = (code: string) =>
    client
      .query(CompareIndicatorQuery, chosenIndicatorVariables(askedViewOf(view, hasRole), code))
      .toPromise();
  const likely = view.indicator ?? FIRST_INDICATOR[view.page];
  if (likely) void askFor(likely);
  void client
    .query(IndicatorsQuery, {})
    .toPromise()
    .then((result) => {
      const code = chosenIndicatorOf(
        view,
        pageIndicators(result.data, groups).map((i) => i.code),
      );
      if (code !== null && code !== likely) return askFor(code);
    });
}
