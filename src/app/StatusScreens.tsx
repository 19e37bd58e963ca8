import type { TableName } from '../contract/tables';
import { t } from '../i18n/dict';
import { formatCount } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import type { DatasetManifest } from '../contract/manifest';
import { sourceDocuments, useDatasetManifest, useLoadProgress } from './useDatabase';

/** What the page is loading, in the reader's words: 正在载入 5 份文件的数据 (the dataset's source documents), else 正在载入数据. */
export function loadingText(lang: Lang, manifest: DatasetManifest | null): string {
  const n = sourceDocuments(manifest);
  return n === null ? t(lang, 'loadingData') : t(lang, 'loadingSources')(formatCount(n, lang));
}

/** Before the engine is up: the only full-page wait. */
export function LoadingScreen({ lang }: { lang: Lang }) {
  const manifest = useDatasetManifest();
  return (
    <div className="status-screen" data-testid="loading" role="status">
      <h1>{t(lang, 'appName')}</h1>
      <p data-testid="loading-text">{loadingText(lang, manifest)}…</p>
      <div className="progress">
        <div className="progress-bar" style={{ width: '4%' }} />
      </div>
    </div>
  );
}

/** While tables load in the background: which one, how far (tables done, the current one's row groups), bytes fetched. */
export function DataProgress({ lang }: { lang: Lang }) {
  const progress = useLoadProgress();
  if (!progress) return null;
  const share = (progress.done + (progress.groups ? progress.group / progress.groups : 0)) / progress.total;
  return (
    <div className="data-progress" data-testid="data-progress" role="status" aria-live="polite">
      <div className="progress">
        <div className="progress-bar" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <span>
        {t(lang, 'loading')} {progress.file} · {progress.done}/{progress.total} · {(progress.bytes / 2 ** 20).toFixed(1)} MB
      </span>
    </div>
  );
}

/** A view whose tables are still loading: names them (counts as a query in progress for anyone waiting on the view). */
export function ViewWaiting({ lang, tables }: { lang: Lang; tables: readonly TableName[] }) {
  return (
    <div className="query-state query-loading" data-testid="view-waiting" role="status">
      {t(lang, 'loading')}: {tables.join(', ')}…
      <DataProgress lang={lang} />
    </div>
  );
}

/** The data could not be loaded: what failed, naming the file. */
export function ErrorScreen({ lang, message, file }: { lang: Lang; message: string; file: string | null }) {
  return (
    <div className="status-screen status-error" data-testid="load-error" role="alert">
      <h1>{t(lang, 'loadError')}</h1>
      {file && (
        <p>
          {t(lang, 'file')}: <code>data/parquet/{file}</code>
        </p>
      )}
      <pre>{message}</pre>
      <p>{t(lang, 'loadErrorHint')}</p>
    </div>
  );
}
