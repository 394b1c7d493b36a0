import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/index.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { gatewayClientFor, readToken } from './graphql/client';
import { prefetchComparePage } from './pages/compare-page';
import { parseViewState } from './url-state/view-state';

// The first page's figures are asked for while React is still rendering the shell.
const token = readToken();
prefetchComparePage(
  gatewayClientFor(token),
  parseViewState(window.location.search),
  token !== null,
);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
