import type { Lang, Localized } from '../i18n/lang';

/** A reviewer's judgement of a finding or a form: 待核实 (to verify), 已确认 (confirmed), 已排除 (dismissed, with a reason). */
export type ReviewStatus = 'to_verify' | 'confirmed' | 'dismissed';

export const REVIEW_STATUSES: readonly ReviewStatus[] = ['to_verify', 'confirmed', 'dismissed'];

export const STATUS_LABELS: Record<ReviewStatus, Localized> = {
  to_verify: { zh: '待核实', en: 'To verify' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  dismissed: { zh: '已排除', en: 'Dismissed' },
};

export function isReviewStatus(value: unknown): value is ReviewStatus {
  return typeof value === 'string' && (REVIEW_STATUSES as readonly string[]).includes(value);
}

/**
 * SQL expression turning a status code column into the text tables show and filter on:
 * both languages (`已确认 Confirmed`), so a column filter matches what either language shows.
 * Built from the constants above (never user text).
 */
export function statusTextSql(column: string): string {
  const cases = REVIEW_STATUSES.map((s) => `WHEN '${s}' THEN '${STATUS_LABELS[s].zh} ${STATUS_LABELS[s].en}'`).join(' ');
  return `CASE ${column} ${cases} END`;
}

/** The UI language's half of a `statusTextSql` value (`已确认 Confirmed` → 已确认 in Chinese). */
export function statusTextIn(text: unknown, lang: Lang): string {
  if (typeof text !== 'string' || text === '') return '';
  const status = REVIEW_STATUSES.find((s) => text === `${STATUS_LABELS[s].zh} ${STATUS_LABELS[s].en}`);
  return status ? STATUS_LABELS[status][lang] : text;
}
