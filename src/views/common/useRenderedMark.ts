import { useEffect } from 'react';
import type { QueryState } from '../../query/useQueries';

/**
 * Once every query of the active view has its answer on screen (its charts' options
 * set: children's effects run before this one), records it for people and the bench:
 * a performance mark `evallens:view-rendered:<view>` the first time, and the URL hash
 * it was drawn for in `<html data-rendered-hash>` every time.
 */
export function useRenderedMark(viewId: string, states: readonly QueryState[]): void {
  const drawn = states.every((s) => s.status === 'error' || (s.status === 'ready' && !s.refreshing));
  useEffect(() => {
    if (!drawn) return;
    const name = `evallens:view-rendered:${viewId}`;
    if (performance.getEntriesByName(name).length === 0) performance.mark(name);
    document.documentElement.dataset.renderedHash = window.location.hash;
  });
}
