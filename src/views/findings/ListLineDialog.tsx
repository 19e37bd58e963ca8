import { useEffect } from 'react';
import { t } from '../../i18n/dict';
import type { Lang } from '../../i18n/lang';
import { SourcePanel } from '../drilldown/SourcePanel';
import '../drilldown/drilldown.css';

/** A line of a document's project list (清单) that a finding points at, e.g. `list.missing_form`'s. */
export interface ListLine {
  sourceFile: string;
  line: number;
  /** The finding's message, in the UI's language. */
  message: string;
}

const L = {
  title: { zh: '项目清单中的这一行', en: 'This line of the project list' },
};

/** Lines shown around the list line. */
const CONTEXT = 8;

/** The source lines around a list line, the line highlighted: where a finding without a form comes from. */
export function ListLineDialog({ at, close, lang }: { at: ListLine; close: () => void; lang: Lang }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close]);
  return (
    <div className="dd-backdrop" onClick={close}>
      <div className="dd-dialog" role="dialog" aria-modal="true" aria-label={at.sourceFile} data-testid="list-line" onClick={(ev) => ev.stopPropagation()}>
        <header className="dd-head">
          <div>
            <h2>{L.title[lang]}</h2>
            <p className="dd-muted">{at.message}</p>
          </div>
          <div className="dd-head-actions">
            <button type="button" onClick={close}>
              {t(lang, 'close')}
            </button>
          </div>
        </header>
        <SourcePanel
          sourceFile={at.sourceFile}
          lineStart={Math.max(1, at.line - CONTEXT)}
          lineEnd={at.line + CONTEXT}
          focusLine={at.line}
          flaggedLines={new Set([at.line])}
          lang={lang}
        />
      </div>
    </div>
  );
}
