import { useEffect, useState } from 'react';
import { type Areas, type BoundaryFile, loadBoundaries, loadedBoundaries } from './boundaries';

/** A boundary file once it has been fetched and projected, or why it could not be. */
export function useBoundaries(file: BoundaryFile | null) {
  // Boundaries that arrived before the map are drawn in its first render, not in a second one.
  const [state, setState] = useState<
    { file: string; areas: Areas } | { file: string; error: string } | null
  >(() => {
    const areas = file ? loadedBoundaries(file) : undefined;
    return file && areas ? { file, areas } : null;
  });
  useEffect(() => {
    if (!file) return;
    const areas = loadedBoundaries(file);
    if (areas) {
      setState((current) => (current?.file === file ? current : { file, areas }));
      return;
    }
    let isCurrent = true;
    loadBoundaries(file).then(
      (areas) => isCurrent && setState({ file, areas }),
      (error: unknown) => isCurrent && setState({ file, error: String(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [file]);
  return state?.file === file ? state : null;
}
