import { useCallback, useEffect, useState } from 'react';
import { decodeState, encodeState, type AppState } from './urlState';

const readHash = () => decodeState(window.location.hash);

/**
 * The app state, mirrored into `location.hash`: every change replaces the hash
 * (a copied URL reopens the same state); editing the hash by hand or going
 * back/forward updates the state.
 */
export function useUrlState(): [AppState, (change: (s: AppState) => AppState) => void] {
  const [state, setState] = useState<AppState>(readHash);

  useEffect(() => {
    const onHash = () => {
      performance.mark('evallens:hashchange');
      setState(readHash());
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    const hash = encodeState(state);
    if (window.location.hash.replace(/^#/, '') !== hash) {
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash ? `#${hash}` : ''}`);
    }
  }, [state]);

  const update = useCallback((change: (s: AppState) => AppState) => setState(change), []);
  return [state, update];
}
