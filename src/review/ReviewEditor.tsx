import { useState, type FormEvent } from 'react';
import type { Lang } from '../i18n/lang';
import { MAX_TEXT, noteProblem, type ReviewSubject } from './reviewNote';
import { REVIEW_STATUSES, STATUS_LABELS, type ReviewStatus } from './reviewStatus';
import { reviewBook } from './useReview';

const L = {
  title: { zh: '复核意见', en: 'Review' },
  status: { zh: '复核状态', en: 'Status' },
  reason: { zh: '排除理由（必填）', en: 'Reason for dismissing (required)' },
  note: { zh: '备注', en: 'Note' },
  save: { zh: '保存', en: 'Save' },
  cancel: { zh: '取消', en: 'Cancel' },
  remove: { zh: '删除意见', en: 'Delete note' },
  reasonRequired: { zh: '排除一条线索须写明理由。', en: 'Dismissing needs a reason.' },
  saveFailed: { zh: '保存失败：', en: 'Could not save: ' },
};

interface Props {
  subject: ReviewSubject;
  lang: Lang;
  onClose: () => void;
}

/** Status, dismissal reason and note of one finding or form; saved to this browser's notes. Texts stay plain text. */
export function ReviewEditor({ subject, lang, onClose }: Props) {
  const existing = reviewBook.noteOn(subject);
  const [status, setStatus] = useState<ReviewStatus>(existing?.status ?? 'to_verify');
  const [reason, setReason] = useState(existing?.reason ?? '');
  const [note, setNote] = useState(existing?.note ?? '');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = { ...subject, status, reason: status === 'dismissed' ? reason.trim() : '', note: note.trim(), updatedAt: new Date().toISOString() };
    if (noteProblem(draft)) return setError(L.reasonRequired[lang]);
    try {
      await reviewBook.save(draft);
      onClose();
    } catch (e) {
      setError(L.saveFailed[lang] + (e instanceof Error ? e.message : String(e)));
    }
  };
  const remove = async () => {
    await reviewBook.remove(subject);
    onClose();
  };

  return (
    <form className="rv-editor" data-testid="review-editor" onSubmit={submit}>
      <h4>{L.title[lang]}</h4>
      <p className="rv-subject">{subject.subjectText}</p>
      <fieldset className="rv-statuses">
        <legend>{L.status[lang]}</legend>
        {REVIEW_STATUSES.map((s) => (
          <label key={s} className={`rv-status rv-${s}`}>
            <input type="radio" name="review-status" value={s} checked={status === s} onChange={() => setStatus(s)} />
            {STATUS_LABELS[s][lang]}
          </label>
        ))}
      </fieldset>
      {status === 'dismissed' && (
        <label className="rv-field">
          {L.reason[lang]}
          <input name="review-reason" value={reason} maxLength={MAX_TEXT} onChange={(e) => setReason(e.target.value)} autoFocus />
        </label>
      )}
      <label className="rv-field">
        {L.note[lang]}
        <textarea name="review-note" rows={4} value={note} maxLength={MAX_TEXT} onChange={(e) => setNote(e.target.value)} />
      </label>
      {error && (
        <p className="query-error" role="alert">
          {error}
        </p>
      )}
      <div className="rv-actions">
        <button type="submit" data-testid="review-save">
          {L.save[lang]}
        </button>
        <button type="button" onClick={onClose}>
          {L.cancel[lang]}
        </button>
        {existing && (
          <button type="button" className="rv-remove" onClick={remove}>
            {L.remove[lang]}
          </button>
        )}
      </div>
    </form>
  );
}
