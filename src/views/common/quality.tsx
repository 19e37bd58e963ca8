import type { Columns } from '../../db/arrowValues';
import type { Lang, Localized } from '../../i18n/lang';
import { formatMoney } from '../../i18n/format';
import { colon, joinClauses, parenthesized } from '../../i18n/punctuation';
import './quality.css';

/**
 * A form's data quality as the screens show it: a badge with its reasons in plain words (the
 * contract's `quality` and `quality_reasons`, decided at ingest by src/ingest/quality.ts), a mark
 * for chart labels, a tooltip line, and the note under an aggregate saying how many damaged forms
 * it includes. Texts only: reasons are codes from the contract, never document text.
 */

export type QualityLevel = 'clean' | 'repaired' | 'partial' | 'damaged';

const L = {
  dataQuality: { zh: '数据质量', en: 'Data quality' },
  damagedHidden: {
    zh: '已隐藏损坏表（名称或关键数字无法读出的表），不计入以上数字。',
    en: 'Damaged forms (name or a key figure unreadable) are hidden and not counted above.',
  },
  /** `money`: the damaged forms' full-year budget, formatted; null when unknown. */
  damagedIncluded: {
    zh: (n: number, money: string | null) =>
      `含 ${n} 张损坏表${money === null ? '' : `（全年预算 ${money} 万元）`}：名称或关键数字无法读出，相关数字不可全信；可勾选“隐藏损坏表”排除。`,
    en: (n: number, money: string | null) =>
      `Includes ${n} damaged form${n === 1 ? '' : 's'}${money === null ? '' : ` (full-year budget ${money} 10k CNY)`}: a name or key figure could not be read; tick “Hide damaged forms” to leave them out.`,
  },
};

export const QUALITY_LABELS: Record<QualityLevel, Localized> = {
  clean: { zh: '完好', en: 'Clean' },
  repaired: { zh: '已修复', en: 'Repaired' },
  partial: { zh: '不完整', en: 'Partial' },
  damaged: { zh: '损坏', en: 'Damaged' },
};

/** What each level means, for the badge's title. */
const QUALITY_MEANING: Record<QualityLevel, Localized> = {
  clean: { zh: '按原表读出', en: 'read as printed' },
  repaired: { zh: '全部读出，部分经修复', en: 'read in full, part of it repaired' },
  partial: { zh: '可读但不完整', en: 'readable but incomplete' },
  damaged: { zh: '名称或关键数字无法读出，数字不可全信', en: 'the name or a key figure could not be read; do not take its figures as printed' },
};

/** The warning codes that decide a form's quality (data/README.md, *Data quality*), in plain words. */
const REASON_TEXT: Record<string, Localized> = {
  project_name_missing: { zh: '项目名称缺失（OCR 未读出）', en: 'project name missing (OCR lost it)' },
  project_name_fragment: { zh: '项目名称残缺（OCR 只读出片段）', en: 'project name damaged (OCR left a fragment)' },
  funds_row_missing: { zh: '没有“年度资金总额”行', en: 'no funds row' },
  funds_row_unreadable: { zh: '资金行的数字读不出', en: 'the funds row’s figures cannot be read' },
  score_sum_exceeds_total: { zh: '指标得分之和超过表上总分', en: 'indicator scores add up to more than the printed total' },
  budget_full_year_unreadable: { zh: '全年预算数读不出', en: 'full-year budget unreadable' },
  executed_unreadable: { zh: '全年执行数读不出', en: 'amount executed unreadable' },
  total_score_unreadable: { zh: '总分读不出', en: 'total score unreadable' },
  funds_amounts_lost: { zh: '资金行的金额被 OCR 丢失', en: 'OCR lost the funds row’s amounts' },
  budget_cell_missing: { zh: '资金行少一个数字', en: 'a figure of the funds row is missing' },
  department_row_missing: { zh: '缺少主管部门/实施单位行', en: 'no department row' },
  department_missing: { zh: '主管部门缺失', en: 'department missing' },
  year_missing: { zh: '年度缺失', en: 'year missing' },
  region_missing: { zh: '地区缺失', en: 'region missing' },
  indicators_missing: { zh: '没有绩效指标', en: 'no indicators' },
  total_missing: { zh: '没有总分', en: 'no total score' },
  budget_initial_unreadable: { zh: '年初预算数读不出', en: 'initial budget unreadable' },
  execution_rate_unreadable: { zh: '执行率读不出', en: 'printed rate unreadable' },
  form_cut_off: { zh: '表在指标表中途截断', en: 'the form is cut off inside its indicator table' },
  name_missing: { zh: '有指标未读出名称', en: 'an indicator’s name could not be read' },
  garbled_rows_dropped: { zh: 'OCR 重复的乱码行已剔除', en: 'garbled OCR copies of rows dropped' },
  amount_split_joined: { zh: '被拆开的金额已合并', en: 'an amount split by OCR was joined' },
  funds_columns_solved: { zh: '资金行数字按表内算术归位', en: 'funds figures placed by the form’s arithmetic' },
  total_label_missing: { zh: '总分行按数字认出', en: 'total row recognised by its figures' },
  ocr_row_merged: { zh: '跨两行的指标已合并', en: 'an indicator printed over two rows was joined' },
  number_cell_cleaned: { zh: '数字格中的 OCR 杂字已去除', en: 'OCR noise removed from a number' },
  department_ocr_corrected: { zh: '主管部门名称的 OCR 错字已更正', en: 'department name corrected (OCR)' },
  implementing_unit_ocr_corrected: { zh: '实施单位名称的 OCR 错字已更正', en: 'implementing unit corrected (OCR)' },
  department_from_document: { zh: '主管部门取自同一文件', en: 'department taken from the document' },
  amounts_converted_from_yuan: { zh: '金额由元换算为万元', en: 'amounts converted from yuan' },
  target_split_from_name: { zh: '混入名称的目标值已拆出', en: 'a target run into the name was split off' },
  total_from_score_run: { zh: '总分按得分合计定位', en: 'total placed by the scores’ sum' },
  rate_from_stray_figure: { zh: '执行率按执行数÷预算数定位', en: 'rate placed by executed ÷ budget' },
  budget_total_from_part: { zh: '资金总额取自唯一的“其中”行', en: 'total funds taken from its one part' },
  department_from_title: { zh: '主管部门取自表的标题', en: 'department taken from the form’s title' },
  project_from_title: { zh: '项目名称取自表的标题', en: 'project name taken from the form’s title' },
  total_from_report_text: { zh: '总分取自报告正文', en: 'total score taken from the report’s text' },
};

const isLevel = (q: unknown): q is QualityLevel => q === 'clean' || q === 'repaired' || q === 'partial' || q === 'damaged';

/** A quality value from a query (NULL or unknown text reads as no quality). */
export const qualityOf = (q: unknown): QualityLevel | null => (isLevel(q) ? q : null);

/** A quality value in the screen's word (完好, 已修复, 不完整, 损坏); '' for none. */
export function qualityWord(quality: unknown, lang: Lang): string {
  const q = qualityOf(quality);
  return q ? QUALITY_LABELS[q][lang] : '';
}

/** The reasons of a `quality_reasons` value (an array, or an Arrow list read as one) in plain words. */
export function reasonWords(reasons: unknown, lang: Lang): string[] {
  const codes = Array.isArray(reasons) ? reasons : reasons && typeof reasons === 'object' && Symbol.iterator in reasons ? [...(reasons as Iterable<unknown>)] : [];
  return codes.map((c) => REASON_TEXT[String(c)]?.[lang] ?? String(c));
}

/** `数据质量：损坏（项目名称缺失（OCR 未读出）；…）` — one line for a tooltip or a title; '' for a clean form. */
export function qualityLine(quality: unknown, reasons: unknown, lang: Lang): string {
  const q = qualityOf(quality);
  if (!q || q === 'clean') return '';
  const words = reasonWords(reasons, lang);
  const head = `${L.dataQuality[lang]}${colon(lang)}${QUALITY_LABELS[q][lang]}`;
  return words.length ? `${head}${parenthesized(joinClauses(words, lang), lang)}` : head;
}

/** The mark before a damaged form's label in a chart (a glyph every CJK font draws). */
export const DAMAGED_MARK = '△';

/** A chart label's prefix for a form of this quality: `△ ` when damaged, else nothing. */
export const qualityMark = (quality: unknown): string => (quality === 'damaged' ? `${DAMAGED_MARK} ` : '');

/** The badge: the level's word, its meaning and reasons as the title; nothing for a clean form unless `showClean`. */
export function QualityBadge({ quality, reasons, lang, showClean = false }: { quality: unknown; reasons: unknown; lang: Lang; showClean?: boolean }) {
  const q = qualityOf(quality);
  if (!q || (q === 'clean' && !showClean)) return null;
  const words = reasonWords(reasons, lang);
  const title = [`${QUALITY_LABELS[q][lang]}：${QUALITY_MEANING[q][lang]}`, ...words].join('\n');
  return (
    <span className={`q-badge q-${q}`} title={title} data-quality={q}>
      {q === 'damaged' ? `${DAMAGED_MARK} ` : ''}
      {QUALITY_LABELS[q][lang]}
    </span>
  );
}

/** A list's cell naming row `i`'s form, with its quality badge (an answer with `project`, `quality` and `quality_reasons`). */
export function FormNameCell({ data, i, lang }: { data: Columns; i: number; lang: Lang }) {
  return (
    <td>
      {String(data.project?.[i] ?? '')} <QualityBadge quality={data.quality?.[i]} reasons={data.quality_reasons?.[i]} lang={lang} />
    </td>
  );
}

/**
 * The note under an aggregate: how many damaged forms it includes (and their full-year budget),
 * or that damaged forms are hidden. Nothing when it includes none.
 */
export function DamagedNote({ count, budget, hidden, lang }: { count: unknown; budget?: unknown; hidden: boolean; lang: Lang }) {
  const n = Number(count ?? 0);
  if (hidden) {
    return (
      <p className="damaged-note" data-testid="damaged-note" data-count={0}>
        {L.damagedHidden[lang]}
      </p>
    );
  }
  if (!Number.isFinite(n) || n <= 0) return null;
  const money = typeof budget === 'number' && Number.isFinite(budget) && budget > 0 ? budget : null;
  return (
    <p className="damaged-note" data-testid="damaged-note" data-count={n}>
      {DAMAGED_MARK}{' '}
      {L.damagedIncluded[lang](n, money === null ? null : formatMoney(money))}
    </p>
  );
}
