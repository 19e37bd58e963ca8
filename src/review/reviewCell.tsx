import type { ReactNode } from 'react';
import type { Lang } from '../i18n/lang';
import type { DataRow } from '../table/rowSource';
import { ReviewControl } from './ReviewControl';
import type { ReviewSubject } from './reviewNote';

/** A row of the reviewed findings relation as the subject of a note (null without the source file's hash). */
export function findingSubject(row: DataRow): ReviewSubject | null {
  const { flag_id, source_file, source_sha256, message_zh } = row;
  if (typeof flag_id !== 'string' || typeof source_file !== 'string' || typeof source_sha256 !== 'string') return null;
  return { kind: 'finding', subjectId: flag_id, sourceFile: source_file, sourceSha256: source_sha256, subjectText: typeof message_zh === 'string' ? message_zh : '' };
}

/** The findings table's review cell: the status button and its editor. */
export function reviewCell(row: DataRow, lang: Lang): ReactNode {
  const subject = findingSubject(row);
  return subject ? <ReviewControl subject={subject} lang={lang} /> : null;
}
