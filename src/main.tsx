import { decodeState } from './app/urlState';
import { startPageDatabase } from './db/pageDatabase';

// The database starts first: DuckDB-WASM compiles and the first Parquet files (the partitions the URL's filters select) arrive while the dashboard's code loads.
const { filters } = decodeState(window.location.hash);
startPageDatabase({ years: filters.years, regions: filters.regions });

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
const [{ StrictMode, createElement }, { createRoot }, { App }] = await Promise.all([import('react'), import('react-dom/client'), import('./app/App')]);
await import('./app/app.css');
createRoot(root).render(createElement(StrictMode, null, createElement(App)));
