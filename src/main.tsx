import { decodeState, encodeState } from './app/urlState';
import { startPageDatabase } from './db/pageDatabase';

// The database starts first: DuckDB-WASM compiles and the first Parquet files (the partitions the URL's filters select) arrive while the dashboard's code loads.
// A page opened on its first view (no state in the URL) shows the answers ingest wrote for it until DuckDB-WASM is up.
const state = decodeState(window.location.hash);
// Snapshots answer for the built-in dataset alone: not shown when this browser holds imported documents (src/imports/, marker IMPORTS_MARKER).
const imported = (() => {
  try {
    return Number(localStorage.getItem('evallens-imports') ?? '0') > 0;
  } catch {
    return false;
  }
})();
startPageDatabase({ years: state.filters.years, regions: state.filters.regions }, encodeState(state) === '' && !imported);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
const [{ StrictMode, createElement, startTransition }, { createRoot }, { App }] = await Promise.all([import('react'), import('react-dom/client'), import('./app/App')]);
await import('./app/app.css');
// A transition: React renders the page in slices, yielding to the browser between them.
startTransition(() => createRoot(root).render(createElement(StrictMode, null, createElement(App))));
