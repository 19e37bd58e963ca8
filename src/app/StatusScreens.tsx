import type { LoadProgress } from '../db/contractLoader';
import { t } from '../i18n/dict';
import type { Lang } from '../i18n/lang';

/** Loading state: which file is being loaded, and how many are done. */
export function LoadingScreen({ lang, progress, stage }: { lang: Lang; progress: LoadProgress | null; stage: 'engine' | 'data' }) {
  const pct = progress ? Math.round((progress.done / progress.total) * 100) : 0;
  const label = stage === 'engine' ? t(lang, 'loadingEngine') : t(lang, 'loading');
  return (
    <div className="status-screen" data-testid="loading" role="status">
      <h1>{t(lang, 'appName')}</h1>
      <p>{label}…</p>
      <div className="progress">
        <div className="progress-bar" style={{ width: `${stage === 'data' ? pct : 4}%` }} />
      </div>
      {progress && stage === 'data' && (
        <p className="progress-file">
          {progress.done}/{progress.total} · {progress.file}
        </p>
      )}
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
