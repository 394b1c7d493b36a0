import { gatewayClient } from './graphql/client';
import { prefetchComparePage } from './pages/compare-queries';
import { parseViewState } from './url-state/view-state';
import { ViewerQuery } from './viewer/viewer.graphql';

// Imported first by main.ts, so this runs before React and the components are evaluated: the
// first page's figures are on their way while the shell is still being built. Who is signed in
// (the session cookie is not for scripts to read) is asked at the same time; the figures are
// asked as for a visitor, which most are, and a page with a role asks again for what it adds.
const client = gatewayClient();
client
  .query(ViewerQuery, {})
  .toPromise()
  .catch(() => {});
prefetchComparePage(client, parseViewState(window.location.search), false);
