import { useEffect, useState, type ChangeEvent } from 'react';
import type { SqlConnection } from '../db/connection';
import { downloadBlob, exportFileName } from '../export/download';
import type { Lang } from '../i18n/lang';
import { notesFileText, parseNotesFile } from './notesFile';
import type { ImportResult } from './reviewBook';
import { NOTES_STATE_SQL } from './reviewSql';
import { REVIEW_STATUSES, STATUS_LABELS, isReviewStatus, type ReviewStatus } from './reviewStatus';
import { reviewBook, useReview } from './useReview';
import './review.css';

const L = {
  title: { zh: '复核意见', en: 'Review notes' },
  orphaned: { zh: '失去对应线索', en: 'orphaned' },
  orphanedHint: {
    zh: '以下意见对应的线索或自评表在当前数据（或当前规则设置）中已不存在，意见保留如下：',
    en: 'These notes’ findings or forms are not in the current data (or under the current rule settings); the notes are kept:',
  },
  export: { zh: '导出意见', en: 'Export notes' },
  import: { zh: '导入意见', en: 'Import notes' },
  notNotes: { zh: '这不是绩效透视的复核意见文件。', en: 'This is not an EvalLens notes file.' },
  newer: { zh: '该文件来自更新版本的绩效透视，无法读取。', en: 'The file comes from a newer EvalLens and cannot be read.' },
  /** What an import did. */
  imported: {
    zh: (r: ImportResult, skipped: number) =>
      `已导入：新增 ${r.added} 条，更新 ${r.updated} 条，保留本机较新的 ${r.kept} 条${skipped ? `，无效 ${skipped} 条未导入` : ''}。`,
    en: (r: ImportResult, skipped: number) =>
      `Imported: ${r.added} added, ${r.updated} updated, ${r.kept} kept (newer here)${skipped ? `, ${skipped} invalid left out` : ''}.`,
  },
};

interface NoteState {
  kind: string;
  subject_id: string;
  source_file: string;
  subject_text: string;
  status: string;
  reason: string;
  note: string;
  attached: boolean;
}

/** Notes by status, export and import of the notes file, and the orphaned notes (kept, listed). */
export function NotesPanel({ conn, lang, dataVersion }: { conn: SqlConnection; lang: Lang; dataVersion: number }) {
  const review = useReview(conn);
  const [states, setStates] = useState<NoteState[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (!review.ready) return;
    let live = true;
    conn.rows<NoteState>(NOTES_STATE_SQL).then((rows) => live && setStates(rows), (e: unknown) => live && setMessage(String(e)));
    return () => {
      live = false;
    };
  }, [conn, review.ready, review.version, dataVersion]);

  const attached = states.filter((s) => s.attached);
  const orphans = states.filter((s) => !s.attached);
  const count = (status: ReviewStatus) => attached.filter((s) => s.status === status).length;

  const exportNotes = () => {
    const text = notesFileText(reviewBook.all(), new Date());
    downloadBlob(exportFileName('review-notes', 'json'), new Blob([text], { type: 'application/json' }));
  };
  const importNotes = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = parseNotesFile(await file.text());
    if (!parsed.ok) return setMessage(parsed.error === 'newer_version' ? L.newer[lang] : L.notNotes[lang]);
    const result = await reviewBook.importNotes(parsed.notes);
    setMessage(L.imported[lang](result, parsed.skipped));
  };

  return (
    <section className="panel rv-panel" data-testid="review-panel">
      <h2>{L.title[lang]}</h2>
      <span className="rv-counts" data-testid="review-counts">
        {REVIEW_STATUSES.map((s) => (
          <span key={s} data-status={s}>
            <span className={`rv-badge rv-${s}`}>{STATUS_LABELS[s][lang]}</span> {count(s)}
          </span>
        ))}
        <span data-status="orphaned">
          {L.orphaned[lang]} {orphans.length}
        </span>
      </span>
      <button type="button" data-testid="notes-export" onClick={exportNotes} disabled={review.notes.size === 0}>
        {L.export[lang]}
      </button>
      <label className="rv-file">
        {L.import[lang]}
        <input type="file" accept=".json,application/json" data-testid="notes-import" onChange={importNotes} />
      </label>
      {(message ?? review.error) && (
        <p className="rv-message" role="status">
          {message ?? review.error}
        </p>
      )}
      {orphans.length > 0 && (
        <>
          <p className="rv-message">{L.orphanedHint[lang]}</p>
          <ul className="rv-orphans" data-testid="review-orphans">
            {orphans.map((o) => (
              <li key={`${o.kind}|${o.subject_id}|${o.source_file}`} data-subject={o.subject_id}>
                <span className={`rv-badge rv-${o.status}`}>{isReviewStatus(o.status) ? STATUS_LABELS[o.status][lang] : o.status}</span> <code>{o.subject_id}</code>{' '}
                {o.subject_text} {o.reason && `（${o.reason}）`} {o.note}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
