import { useState, useSyncExternalStore, type SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';
import type { Lang } from '../i18n/lang';
import { ReviewEditor } from './ReviewEditor';
import { noteKeyText, type ReviewSubject } from './reviewNote';
import { STATUS_LABELS } from './reviewStatus';
import { reviewBook } from './useReview';
import './review.css';

const L = {
  none: { zh: '复核', en: 'Review' },
};

/** Events inside the control stay there: a click or Enter does not also open the row or close the drill-down. */
const contain = (e: SyntheticEvent) => e.stopPropagation();

/**
 * A finding's or form's review status as a button (复核 when it has none), opening the
 * editor in a dialog (a portal: it is not clipped by the table's rows).
 */
export function ReviewControl({ subject, lang }: { subject: ReviewSubject; lang: Lang }) {
  const review = useSyncExternalStore(reviewBook.subscribe, reviewBook.getSnapshot);
  const note = review.notes.get(noteKeyText(subject));
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <span className="rv-control" onClick={contain} onKeyDown={contain}>
      <button
        type="button"
        className={`rv-badge rv-${note?.status ?? 'none'}`}
        data-testid="review-open"
        data-subject={subject.subjectId}
        data-status={note?.status ?? ''}
        title={note ? [note.reason, note.note].filter(Boolean).join('\n') : undefined}
        onClick={() => setOpen(true)}
      >
        {note ? STATUS_LABELS[note.status][lang] : L.none[lang]}
      </button>
      {open &&
        createPortal(
          <div className="rv-backdrop" onClick={(e) => (contain(e), close())} onKeyDown={(e) => (contain(e), e.key === 'Escape' && close())}>
            <div role="dialog" aria-modal="true" className="rv-dialog" onClick={contain}>
              <ReviewEditor subject={subject} lang={lang} onClose={close} />
            </div>
          </div>,
          document.body,
        )}
    </span>
  );
}
