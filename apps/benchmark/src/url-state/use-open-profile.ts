import { useCallback } from 'react';
import { hrefOf, useViewState } from './use-view-state';

/** Opens a municipality's profile (from a map area, a strip dot or a table row), as a new view. */
export function useOpenProfile(): (code: string) => void {
  const [, update] = useViewState();
  return useCallback(
    (code: string) => {
      update({ page: 'profile', profile: code });
      window.scrollTo({ top: 0 });
      document.getElementById('inhoud')?.focus();
    },
    [update],
  );
}

/** The address of a municipality's profile in the current view (period, language). */
export function useProfileHref(): (code: string) => string {
  const [view] = useViewState();
  return useCallback((code: string) => hrefOf({ ...view, page: 'profile', profile: code }), [view]);
}
