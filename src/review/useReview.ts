import { useEffect, useSyncExternalStore } from 'react';
import type { SqlConnection } from '../db/connection';
import { indexedDbNoteStore } from './noteStore';
import { ReviewBook, type ReviewSnapshot } from './reviewBook';

/** The page's notes, persisted in this browser's IndexedDB. */
export const reviewBook = new ReviewBook(indexedDbNoteStore());

/** The notes, re-rendering on every change; attaches the views' connection (once there is one) so `review_notes` is there to query. */
export function useReview(conn: SqlConnection | null): ReviewSnapshot {
  useEffect(() => {
    if (conn) void reviewBook.attach(conn);
  }, [conn]);
  return useSyncExternalStore(reviewBook.subscribe, reviewBook.getSnapshot);
}
