import { gatewayClientFor, readToken } from './graphql/client';
import { prefetchComparePage } from './pages/compare-queries';
import { parseViewState } from './url-state/view-state';

// Imported first by main.ts, so this runs before React and the components are evaluated: the
// first page's figures are on their way while the shell is still being built.
const token = readToken();
prefetchComparePage(
  gatewayClientFor(token),
  parseViewState(window.location.search),
  token !== null,
);
