import { useEffect, useRef, useState, type ChangeEvent, type DragEvent as ReactDragEvent } from 'react';
import type { Lang } from '../i18n/lang';
import { addFiles, type ImportsState } from './importCenter';
import { DatasetsPanel } from './DatasetsPanel';
import { droppedFiles, pickedFiles } from './droppedFiles';
import { ReviewList } from './ReviewList';
import { T } from './texts';
import './imports.css';

const hasFiles = (event: DragEvent | ReactDragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');

/**
 * The import button of the top bar and the panel it opens: drop zone, file and folder pickers,
 * the files' progress and their review (ReviewList), and the datasets (DatasetsPanel). Files
 * dropped anywhere on the page open it. Everything imported is shown as text (React text nodes,
 * titles), never as markup.
 */
export function ImportCenter({ lang, imports }: { lang: Lang; imports: ImportsState }) {
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<'import' | 'datasets'>('import');
  const [dragging, setDragging] = useState(false);

  // Files dragged over the page: an overlay says where they go; dropped, the panel opens with them.
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer || !hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      setOpen(true);
      setTab('import');
      void droppedFiles(e.dataTransfer).then(addFiles);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const staged = imports.items.filter((i) => i.phase === 'ready').length;
  return (
    <>
      <button type="button" className="imp-open" data-testid="import-open" onClick={() => setOpen(true)}>
        {T.button[lang]}
        {imports.stored.length > 0 && <span className="imp-count" data-testid="import-count">{T.badge[lang](imports.stored.length)}</span>}
        {staged > 0 && <span className="imp-count imp-count-staged">{staged}</span>}
      </button>
      {dragging && (
        <div className="imp-drag-overlay" aria-hidden="true">
          <div>{T.dropRelease[lang]}</div>
        </div>
      )}
      {open && (
        <div className="imp-backdrop" onClick={(e) => e.target === e.currentTarget && setOpen(false)}>
          <aside className="imp-drawer" data-testid="import-panel" role="dialog" aria-label={T.title[lang]} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
            <header className="imp-head">
              <div className="imp-tabs" role="tablist">
                <button type="button" role="tab" aria-selected={tab === 'import'} data-testid="import-tab-import" className={tab === 'import' ? 'imp-tab imp-tab-active' : 'imp-tab'} onClick={() => setTab('import')}>
                  {T.tabImport[lang]}
                </button>
                <button type="button" role="tab" aria-selected={tab === 'datasets'} data-testid="import-tab-datasets" className={tab === 'datasets' ? 'imp-tab imp-tab-active' : 'imp-tab'} onClick={() => setTab('datasets')}>
                  {T.tabDatasets[lang]} ({(imports.builtin?.length ?? 0) + imports.stored.length})
                </button>
              </div>
              <BusyLine lang={lang} imports={imports} />
              <button type="button" className="imp-close" data-testid="import-close" onClick={() => setOpen(false)} aria-label={T.close[lang]}>
                ×
              </button>
            </header>
            {imports.error && (
              <p className="imp-error" role="alert" data-testid="import-error">
                {imports.error}
              </p>
            )}
            {tab === 'import' ? (
              <div className="imp-body">
                <DropZone lang={lang} />
                <ReviewList lang={lang} imports={imports} />
              </div>
            ) : (
              <div className="imp-body">
                <DatasetsPanel lang={lang} imports={imports} />
              </div>
            )}
          </aside>
        </div>
      )}
    </>
  );
}

function BusyLine({ lang, imports }: { lang: Lang; imports: ImportsState }) {
  if (!imports.busy) return null;
  const text = { restoring: T.restoring, merging: T.merging, removing: T.removing, exporting: T.exporting }[imports.busy];
  return (
    <span className="imp-busy" role="status" data-testid="import-busy">
      <span className="imp-spinner" aria-hidden="true" />
      {text[lang]}
    </span>
  );
}

/** The drop zone and the two pickers (files, a folder). */
function DropZone({ lang }: { lang: Lang }) {
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const picked = (e: ChangeEvent<HTMLInputElement>) => {
    addFiles(pickedFiles(e.target.files));
    e.target.value = '';
  };
  const [over, setOver] = useState(false);
  useEffect(() => {
    folder.current?.setAttribute('webkitdirectory', '');
  }, []);
  return (
    <div
      className={over ? 'imp-drop imp-drop-over' : 'imp-drop'}
      data-testid="import-drop"
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={() => setOver(false)}
    >
      <strong>{T.dropHere[lang]}</strong>
      <div className="imp-pickers">
        <button type="button" onClick={() => files.current?.click()}>
          {T.pickFiles[lang]}
        </button>
        <button type="button" onClick={() => folder.current?.click()}>
          {T.pickFolder[lang]}
        </button>
        <input
          ref={files}
          type="file"
          multiple
          hidden
          data-testid="import-files"
          onChange={picked}
        />
        <input
          ref={folder}
          type="file"
          multiple
          hidden
          data-testid="import-folder"
          onChange={picked}
        />
      </div>
      <p className="imp-formats">{T.formats[lang]}</p>
    </div>
  );
}
