import { useCallback, useSyncExternalStore } from 'react';
import { parseViewState, serializeViewState, type ViewState } from './view-state';

const NAVIGATE_EVENT = 'wijknet:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const readSearch = () => window.location.search;

// Every link and picker reads the view: the URL is parsed once per change, not once per reader.
let parsed: { search: string; state: ViewState } | null = null;

function viewStateOf(search: string): ViewState {
  if (parsed?.search !== search) parsed = { search, state: parseViewState(search) };
  return parsed.state;
}

/** The href of a view, for links that open it (so they work with a middle click too). */
export function hrefOf(state: ViewState): string {
  return `${window.location.pathname}${serializeViewState(state)}`;
}

/**
 * The view lives in the URL: this hook reads it and changes it through the History API.
 * Choices that replace each other quickly (typing a unit cost) use `replace` so the back
 * button goes to the previous view, not to the previous keystroke.
 */
export function useViewState(): [
  ViewState,
  (change: Partial<ViewState>, options?: { replace?: boolean }) => void,
] {
  const search = useSyncExternalStore(subscribe, readSearch, () => '');
  const state = viewStateOf(search);
  const update = useCallback((change: Partial<ViewState>, options: { replace?: boolean } = {}) => {
    const next = serializeViewState({ ...viewStateOf(window.location.search), ...change });
    if (next === window.location.search) return;
    const url = `${window.location.pathname}${next}`;
    if (options.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    window.dispatchEvent(new Event(NAVIGATE_EVENT));
  }, []);
  return [state, update];
}
