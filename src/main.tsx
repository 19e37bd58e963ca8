import { startPageDatabase } from './db/pageDatabase';

// The database starts first: DuckDB-WASM compiles and the first Parquet files arrive while the dashboard's code loads.
startPageDatabase();

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
const [{ StrictMode, createElement }, { createRoot }, { App }] = await Promise.all([import('react'), import('react-dom/client'), import('./app/App')]);
await import('./app/app.css');
createRoot(root).render(createElement(StrictMode, null, createElement(App)));
