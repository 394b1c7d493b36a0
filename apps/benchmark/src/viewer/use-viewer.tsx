import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
} from 'react';
import { useQuery } from 'urql';
import type { ResultOf } from '../graphql/graphql';
import { isSessionEndedNoticed, subscribeSessionEnded } from './session-ended';
import { ViewerQuery } from './viewer.graphql';

export type Viewer = ResultOf<typeof ViewerQuery>['viewer'];

interface ViewerState {
  /** Null until the gateway answered. */
  readonly viewer: Viewer | null;
  readonly isLoading: boolean;
  /** Whether the viewer has a role (a session with a membership): false while loading. */
  readonly hasRole: boolean;
  /** Whether the gateway refused the session as ended (signed out elsewhere, or idle too long). */
  readonly isSessionEnded: boolean;
}

const ViewerContext = createContext<ViewerState>({
  viewer: null,
  isLoading: true,
  hasRole: false,
  isSessionEnded: false,
});

/**
 * Asks the gateway once who is signed in, so every page can adapt to the role. When the session
 * has ended, the gateway refuses a request (whichever came first) and removes the cookie: asked
 * again, the answer is anonymous.
 */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [result, reexecute] = useQuery({ query: ViewerQuery });
  const wasRefused = useSyncExternalStore(subscribeSessionEnded, isSessionEndedNoticed);
  useEffect(() => {
    if (wasRefused) reexecute({ requestPolicy: 'network-only' });
  }, [wasRefused, reexecute]);
  const viewer = result.data?.viewer ?? null;
  const isSessionEnded = wasRefused && viewer?.isSignedIn !== true;
  const isLoading = result.fetching;
  const state = useMemo(
    () => ({ viewer, isLoading, hasRole: viewer?.isAuthenticated === true, isSessionEnded }),
    [viewer, isLoading, isSessionEnded],
  );
  return <ViewerContext.Provider value={state}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}

/** Whether the viewer sees the municipality's own data in full (a municipality, team or admin membership for it). */
export function isOwnMunicipality(viewer: Viewer | null, code: string | null): boolean {
  if (!viewer?.role || viewer.role === 'INSTITUTE' || code === null) return false;
  return viewer.municipalityCode === code;
}
