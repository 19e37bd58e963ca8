import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { Lang } from '../i18n/lang';
import { accept, clearFinished, discard, type ImportItem, type ImportsState } from './importCenter';
import { SourceDetail, qualityCounts } from './SourceDetail';
import { T } from './texts';
import { qualityWord } from '../views/common/quality';

const IN_FLIGHT = new Set(['queued', 'reading', 'parsing', 'packing']);
const DONE = new Set(['ready', 'failed', 'duplicate', 'unpacked', 'accepting', 'accepted', 'discarded']);

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(0.1, bytes / 1024).toFixed(1)} kB`);

/** The overall progress, the bulk actions, and every file (virtualized: a thousand files render as the few on screen). */
export function ReviewList({ lang, imports }: { lang: Lang; imports: ImportsState }) {
  const { items } = imports;
  const scroll = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [confirmAll, setConfirmAll] = useState(false);
  const toggle = (key: number) => setExpanded((s) => (s.has(key) ? new Set([...s].filter((k) => k !== key)) : new Set(s).add(key)));
  const virtualizer = useVirtualizer({ count: items.length, getScrollElement: () => scroll.current, estimateSize: () => 58, overscan: 8, getItemKey: (i) => items[i]?.key ?? i });

  const totals = useMemo(() => {
    const files = items.filter((i) => i.kind !== 'dataset');
    const ready = items.filter((i) => i.phase === 'ready');
    const done = items.filter((i) => DONE.has(i.phase)).length;
    const inFlight = items.filter((i) => IN_FLIGHT.has(i.phase));
    return {
      files: files.length,
      done,
      share: items.length === 0 ? 0 : (done + inFlight.reduce((n, i) => n + i.fraction, 0)) / items.length,
      forms: items.reduce((n, i) => n + (i.staged && i.phase !== 'discarded' ? i.staged.summary.forms.length : 0), 0),
      failed: items.filter((i) => i.phase === 'failed').length,
      duplicates: items.filter((i) => i.phase === 'duplicate').length,
      ready,
      replacing: ready.filter((i) => i.replaces),
    };
  }, [items]);

  if (items.length === 0) return null;
  const blocked = !imports.ready || imports.busy !== null;
  return (
    <section className="imp-review" data-testid="import-review">
      <div className="imp-overall" data-testid="import-overall" data-done={totals.done} data-total={items.length}>
        <span>{T.overall[lang]}</span>
        <div className="progress imp-overall-bar">
          <div className="progress-bar" style={{ width: `${Math.round(totals.share * 100)}%` }} />
        </div>
        <span>
          {totals.done}/{items.length} · {totals.forms} {T.formsFound[lang]} · {T.toReview[lang]} {totals.ready.length} · {T.failedN[lang]} {totals.failed} · {T.duplicateN[lang]} {totals.duplicates}
        </span>
      </div>
      <div className="imp-actions">
        <button type="button" className="imp-primary" data-testid="import-accept-all" disabled={blocked || totals.ready.length === 0} onClick={() => (totals.replacing.length > 0 ? setConfirmAll(true) : void accept(totals.ready.map((i) => i.key), false))}>
          {T.acceptAll[lang]} ({totals.ready.length})
        </button>
        <button type="button" data-testid="import-discard-all" disabled={totals.ready.length === 0} onClick={() => discard(totals.ready.map((i) => i.key))}>
          {T.discardAll[lang]}
        </button>
        <button type="button" data-testid="import-clear" onClick={clearFinished}>
          {T.clearFinished[lang]}
        </button>
        {!imports.ready && <span className="imp-hint">{T.notReadyYet[lang]}</span>}
      </div>
      {confirmAll && (
        <div className="imp-confirm" role="alertdialog" data-testid="import-confirm-all">
          <span>{T.replaceAllPrompt[lang](totals.replacing.length)}</span>
          <button
            type="button"
            className="imp-primary"
            data-testid="import-confirm-replace-all"
            onClick={() => {
              setConfirmAll(false);
              void accept(totals.ready.map((i) => i.key), true);
            }}
          >
            {T.replaceAndAccept[lang]}
          </button>
          <button
            type="button"
            onClick={() => {
              setConfirmAll(false);
              void accept(totals.ready.filter((i) => !i.replaces).map((i) => i.key), false);
            }}
          >
            {T.acceptNew[lang]}
          </button>
          <button type="button" onClick={() => setConfirmAll(false)}>
            {T.cancel[lang]}
          </button>
        </div>
      )}
      <div className="imp-list" ref={scroll} data-testid="import-list">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const entry = items[row.index]!;
            return (
              <div key={row.key} data-index={row.index} ref={virtualizer.measureElement} className="imp-row-slot" style={{ transform: `translateY(${row.start}px)` }}>
                <ItemRow item={entry} lang={lang} open={expanded.has(entry.key)} toggle={() => toggle(entry.key)} blocked={blocked} />
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}

function ItemRow({ item, lang, open, toggle, blocked }: { item: ImportItem; lang: Lang; open: boolean; toggle: () => void; blocked: boolean }) {
  const [confirm, setConfirm] = useState(false);
  const summary = item.staged?.summary;
  const quality = summary ? qualityCounts(summary.forms) : [];
  const evaluations = summary?.forms.filter((f) => f.kind === 'evaluation').length ?? 0;
  const targets = summary ? summary.forms.length - evaluations : 0;
  const inFlight = IN_FLIGHT.has(item.phase);
  return (
    <div className={`imp-item imp-${item.phase}${item.kind === 'dataset' ? ' imp-dataset' : ''}${item.kind === 'source' ? ' imp-source' : ''}`} data-testid="import-item" data-name={item.name} data-phase={item.phase} data-key={item.key}>
      <div className="imp-item-head">
        <button type="button" className="imp-expand" onClick={toggle} disabled={!summary} aria-expanded={open} title={T.details[lang]}>
          {summary ? (open ? '▾' : '▸') : '·'}
        </button>
        <span className="imp-name" title={item.path}>
          {item.name}
        </span>
        <span className="imp-meta">
          {item.staged?.meta.format ?? ''} {item.size > 0 ? size(item.size) : ''}
          {item.origin && ` · ${T.fromDataset[lang]} ${item.origin}`}
        </span>
        <span className={`imp-phase imp-phase-${item.phase}`} data-testid="import-phase">
          {T.phase[lang][item.phase]}
        </span>
        {item.phase === 'ready' &&
          (confirm ? (
            <span className="imp-row-actions">
              <button type="button" className="imp-primary" data-testid="import-confirm-replace" disabled={blocked} onClick={() => void accept([item.key], true)}>
                {T.confirmReplace[lang]}
              </button>
              <button type="button" onClick={() => setConfirm(false)}>
                {T.cancel[lang]}
              </button>
            </span>
          ) : (
            <span className="imp-row-actions">
              <button type="button" className="imp-primary" data-testid="import-accept" disabled={blocked} onClick={() => (item.replaces ? setConfirm(true) : void accept([item.key], false))}>
                {item.replaces ? T.replace[lang] : T.accept[lang]}
              </button>
              <button type="button" data-testid="import-discard" onClick={() => discard([item.key])}>
                {T.discard[lang]}
              </button>
            </span>
          ))}
      </div>
      {inFlight && (
        <div className="progress imp-file-bar" data-testid="import-file-progress">
          <div className="progress-bar" style={{ width: `${Math.round(item.fraction * 100)}%` }} />
        </div>
      )}
      {summary && (
        <div className="imp-summary" data-testid="import-summary">
          {evaluations} {T.selfEvaluations[lang]} · {targets} {T.targetTables[lang]} · {summary.indicators + summary.targetIndicators} {T.indicators[lang]}
          {quality.length > 0 && ' · '}
          {quality.map(([q, n]) => (
            <span key={q} className={`imp-quality imp-quality-${q}`}>
              {qualityWord(q, lang) || q} {n}
            </span>
          ))}
          {' · '}
          {T.warnings[lang]} {summary.warnings.length} · {T.unparsed[lang]} {summary.unparsedCount}
          {(summary.missingYear || summary.missingRegion) && item.kind === 'document' && <span className="imp-ask-flag"> · {T.region[lang]}/{T.year[lang]}?</span>}
        </div>
      )}
      {item.replaces && item.phase === 'ready' && (
        <p className="imp-note" data-testid="import-replaces">
          {T.replacesNote[lang](item.replaces.importedAt?.slice(0, 10) ?? '', item.replaces.sha256.slice(0, 12))}
        </p>
      )}
      {item.message && (
        <p className={item.phase === 'failed' ? 'imp-message imp-message-error' : 'imp-message'} data-testid="import-message">
          {item.message}
        </p>
      )}
      {open && summary && <SourceDetail item={item} lang={lang} />}
    </div>
  );
}
