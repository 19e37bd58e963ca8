import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../i18n/lang';
import type { SourceLine } from '../../read/text/sourceLines';
import { fetchSourceText, sliceLines } from '../../sources/sourceText';

const L = {
  title: { zh: '原文', en: 'Source' },
  lines: { zh: '行', en: 'lines' },
  loading: { zh: '正在读取原文…', en: 'Reading the source…' },
};

interface Props {
  sourceFile: string;
  lineStart: number;
  lineEnd: number;
  /** The line to highlight and scroll to (the selected indicator's). */
  focusLine: number | null;
  /** Lines of flagged indicators, marked. */
  flaggedLines: ReadonlySet<number>;
  lang: Lang;
}

/** The form's original lines in the source document, numbered, as plain text. */
export function SourcePanel({ sourceFile, lineStart, lineEnd, focusLine, flaggedLines, lang }: Props) {
  const [lines, setLines] = useState<SourceLine[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    setLines(null);
    setError(null);
    fetchSourceText(sourceFile).then(
      (text) => live && setLines(sliceLines(text, lineStart, lineEnd)),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [sourceFile, lineStart, lineEnd]);

  useEffect(() => {
    if (focusLine === null || !lines) return;
    const row = box.current?.querySelector<HTMLElement>(`[data-line="${focusLine}"]`);
    if (row && box.current) box.current.scrollTop = row.offsetTop - box.current.clientHeight / 3;
  }, [focusLine, lines]);

  return (
    <section className="dd-source" data-testid="source-panel" aria-label={L.title[lang]}>
      <h3>
        {L.title[lang]} <code>{sourceFile}</code> · {L.lines[lang]} {lineStart}–{lineEnd}
      </h3>
      {error && <p className="query-error" role="alert">{error}</p>}
      {!lines && !error && <p className="dd-muted">{L.loading[lang]}</p>}
      {lines && (
        <div className="dd-source-lines" ref={box}>
          {lines.map((line) => (
            <div
              key={line.line}
              data-line={line.line}
              className={`dd-line${line.line === focusLine ? ' dd-line-focus' : ''}${flaggedLines.has(line.line) ? ' dd-line-flagged' : ''}`}
            >
              <span className="dd-line-n">{line.line}</span>
              <span className="dd-line-text">{line.text}</span>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
