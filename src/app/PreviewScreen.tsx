import type { SnapshotConnection } from '../db/snapshotConnection';
import { t } from '../i18n/dict';
import type { Lang } from '../i18n/lang';
import { NO_FILTERS } from '../query/filters';
import { overviewView } from '../views/overview';
import type { ViewProps } from '../views/view';
import { filterSummary } from './filterSummary';
import { loadingText } from './StatusScreens';
import type { DatasetManifest } from '../contract/manifest';

/**
 * While DuckDB-WASM boots, on a page opened without a state in its URL: the first view
 * (the overview) drawn from the answers ingest wrote for it (`SnapshotConnection`), in
 * the page's frame; the whole dashboard replaces it once the database is up.
 */
export function PreviewScreen({ viewsConn, lang, manifest }: { viewsConn: SnapshotConnection; lang: Lang; manifest: DatasetManifest }) {
  // The overview reads only these of the view props; nothing can be changed until the database is up.
  const props: Pick<ViewProps, 'conn' | 'filters' | 'setFilters' | 'lang' | 'dataVersion' | 'rulesUpdating' | 'filterSummary' | 'loaded'> = {
    conn: viewsConn,
    filters: NO_FILTERS,
    setFilters: () => {},
    lang,
    dataVersion: 1,
    rulesUpdating: false,
    filterSummary: filterSummary(NO_FILTERS, lang),
    loaded: new Set(),
  };
  return (
    <div className="app" data-testid="preview">
      <header className="topbar">
        <div className="brand">
          <strong>{t(lang, 'appName')}</strong>
          <span>{t(lang, 'appTagline')}</span>
        </div>
        <span className="data-progress" role="status">
          {loadingText(lang, manifest)}…
        </span>
      </header>
      <main className="view" data-preview-view={overviewView.id}>
        <div className="view-head">
          <h1>{overviewView.title[lang]}</h1>
          <p className="explanation">{overviewView.explanation[lang]}</p>
        </div>
        <overviewView.Component {...(props as ViewProps)} />
      </main>
    </div>
  );
}
