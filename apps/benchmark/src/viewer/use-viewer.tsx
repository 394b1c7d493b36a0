import { createContext, type ReactNode, useContext } from 'react';
import { useQuery } from 'urql';
import { ViewerQuery } from '../graphql/documents';
import type { ResultOf } from '../graphql/graphql';

export type Viewer = ResultOf<typeof ViewerQuery>['viewer'];

interface ViewerState {
  /** Null until the gateway answered. */
  readonly viewer: Viewer | null;
  readonly isLoading: boolean;
}

const ViewerContext = createContext<ViewerState>({ viewer: null, isLoading: true });

/** Asks the gateway once who the token speaks for, so every page can adapt to the role. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [result] = useQuery({ query: ViewerQuery });
  return (
    <ViewerContext.Provider
      value={{ viewer: result.data?.viewer ?? null, isLoading: result.fetching }}
    >
      {children}
    </ViewerContext.Provider>
  );
}

export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}

/** Whether the viewer sees the municipality's own data in full (a municipality, team or admin token for it). */
export function isOwnMunicipality(viewer: Viewer | null, code: string | null): boolean {
  if (!viewer?.role || viewer.role === 'INSTITUTE' || code === null) return false;
  return viewer.municipalityId === code;
}
