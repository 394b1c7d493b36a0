import { prepareNumberFormats } from './format/number-format';
import { gatewayClientFor, readToken } from './graphql/client';
import { prefetchComparePage } from './pages/compare-queries';
import { parseViewState } from './url-state/view-state';

// Imported first by main.ts, so this runs before React and the components are evaluated: the
// first page's figures are on their way while the shell is still being built.
const token = readToken();
const view = parseViewState(window.location.search);
const whenIdle: (callback: () => void) => void =
  window.requestIdleCallback ?? ((callback) => window.setTimeout(callback, 1));

// The first figures drawn build the number formatters, and the browser's first one costs tens
// of milliseconds (ICU loads its data): built while the figures are on their way, it is not
// in the way when they arrive.
prefetchComparePage(gatewayClientFor(token), view, token !== null).then(
  () => whenIdle(() => prepareNumberFormats(view.locale)),
  () => {},
);
