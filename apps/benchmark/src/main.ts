import './first-page-queries';
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/index.css';
import './styles/app.css';
import './styles/figures.css';
import './styles/pages.css';

// React and the app's components are a module of their own, evaluated after the first page's
// queries have left: their evaluation then overlaps the gateway's answer instead of delaying
// the question. index.html preloads the module, so it is not fetched only now.
void import('./render-app').then(({ renderApp }) => renderApp());
