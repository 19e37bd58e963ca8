import { useState } from 'react';
import { downloadBlob } from '../export/download';
import type { Lang } from '../i18n/lang';
import { exportDataset, removeSource, type ImportsState } from './importCenter';
import { T } from './texts';

const when = (iso: string | undefined) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');
const today = () => new Date().toISOString().slice(0, 10);

/** Every source of the data on the page — the built-in dataset's and the imported ones — with its hash, forms and import time; an imported one can be removed; everything exported as one zip. */
export function DatasetsPanel({ lang, imports }: { lang: Lang; imports: ImportsState }) {
  const [confirm, setConfirm] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const blocked = !imports.ready || imports.busy !== null;
  const doExport = async () => {
    setExportError(null);
    try {
      downloadBlob(`evallens-dataset-${today()}.zip`, await exportDataset());
    } catch (e) {
      setExportError(String(e));
    }
  };
  return (
    <section className="imp-datasets" data-testid="datasets-panel">
      <div className="imp-actions">
        <button type="button" className="imp-primary" data-testid="dataset-export" disabled={blocked} onClick={() => void doExport()}>
          {T.exportZip[lang]}
        </button>
        <span className="imp-hint">{T.exportNote[lang]}</span>
      </div>
      {exportError && <p className="imp-message imp-message-error">{exportError}</p>}
      <p className="imp-fingerprint" data-testid="store-fingerprint" data-sha256={imports.fingerprint?.sha256 ?? ''} data-sources={imports.fingerprint?.sources ?? ''}>
        {T.fingerprint[lang]}: <code title={imports.fingerprint?.sha256}>{imports.fingerprint?.sha256.slice(0, 16) ?? '…'}</code> · {imports.stored.length} {T.storedCount[lang]}
      </p>
      <table className="plain-table imp-sources" data-testid="datasets-table">
        <thead>
          <tr>
            <th>{T.colFile[lang]}</th>
            <th>{T.colOrigin[lang]}</th>
            <th>{T.colHash[lang]}</th>
            <th className="num">{T.colForms[lang]}</th>
            <th>{T.colImported[lang]}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {imports.stored.map((s) => (
            <tr key={s.name} data-testid="dataset-source" data-name={s.name} data-kind="imported">
              <td className="imp-name-cell">{s.name}</td>
              <td>{s.origin ?? T.documentOrigin[lang]}</td>
              <td>
                <code title={s.sha256}>{s.sha256.slice(0, 12)}</code>
              </td>
              <td className="num">
                {s.forms} / {s.targetTables}
              </td>
              <td>{when(s.importedAt)}</td>
              <td>
                {confirm === s.name ? (
                  <span className="imp-row-actions">
                    <button
                      type="button"
                      className="imp-danger"
                      data-testid="dataset-remove-confirm"
                      disabled={blocked}
                      onClick={() => {
                        setConfirm(null);
                        void removeSource(s.name);
                      }}
                    >
                      {T.confirmRemove[lang]}
                    </button>
                    <button type="button" onClick={() => setConfirm(null)}>
                      {T.cancel[lang]}
                    </button>
                  </span>
                ) : (
                  <button type="button" data-testid="dataset-remove" disabled={blocked} onClick={() => setConfirm(s.name)}>
                    {T.remove[lang]}
                  </button>
                )}
              </td>
            </tr>
          ))}
          {imports.stored.length === 0 && (
            <tr>
              <td colSpan={6} className="imp-hint">
                {T.noImports[lang]}
              </td>
            </tr>
          )}
          {(imports.builtin ?? []).map((b) => (
            <tr key={`builtin:${b.name}`} data-testid="dataset-source" data-name={b.name} data-kind="builtin" className="imp-builtin">
              <td className="imp-name-cell">{b.name}</td>
              <td>{T.builtin[lang]}</td>
              <td>
                <code title={b.sha256 ?? undefined}>{b.sha256?.slice(0, 12) ?? '—'}</code>
              </td>
              <td className="num">
                {b.forms} / {b.targetTables}
              </td>
              <td>{T.builtinShort[lang]}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
