import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useQuery } from 'urql';
import type { ResultOf } from '../graphql/graphql';
import { ViewerQuery } from './viewer.graphql';

export type Viewer = ResultOf<typeof ViewerQuery>['viewer'];

interface ViewerState {
  /** Null until the gateway answered. */
  readonly viewer: Viewer | null;
  readonly isLoading: boolean;
  /**
   * Whether this tab holds a token, known before the gateway answers: pages that need one ask
   * at once instead of waiting for the viewer (a bad token refuses the whole request anyway).
   */
  readonly hasToken: boolean;
}

const ViewerContext = createContext<ViewerState>({
  viewer: null,
  isLoading: true,
  hasToken: false,
});

/** Asks the gateway once who the token speaks for, so every page can adapt to the role. */
export function ViewerProvider({ hasToken, children }: { hasToken: boolean; children: ReactNode }) {
  const [result] = useQuery({ query: ViewerQuery });
  const viewer = result.data?.viewer ?? null;
  const isLoading = result.fetching;
  const state = useMemo(() => ({ viewer, isLoading, hasToken }), [viewer, isLoading, hasToken]);
  return <ViewerContext.Provider value={state}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}

/** Whether the viewer sees the municipality's own data in full (a municipality, team or admin token for it). */
export function isOwnMunicipality(viewer: Viewer | null, code: string | null): boolean {
  if (!viewer?.role || viewer.role === 'INSTITUTE' || code === null) return false;
  return viewer.municipalityId === code;
}
