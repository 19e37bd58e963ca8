import { formatRate } from '../../i18n/format';
import type { Lang, Localized } from '../../i18n/lang';
import './quality.css';

/**
 * The execution rate as every screen shows it: the primary rate (B/A, src/sql/executionRate.ts),
 * and the printed one beside it where SQL says they differ beyond the printed precision
 * (`rate_differs`), or a word where the form gave no B/A and the printed rate stands in
 * (`rate_basis` = 'printed'). JavaScript only formats what the query returned.
 */

export const RATE_TEXT = {
  printed: { zh: '填报', en: 'printed' },
  printedLong: { zh: '表上填报', en: 'printed on the form' },
  differsNote: { zh: '（与 B/A 不符）', en: ' (differs from B/A)' },
  differs: {
    zh: '表上填报的执行率与 全年执行数÷全年预算数 不符（见“执行率与 B/A 不符”线索）；本系统一律按 全年执行数÷全年预算数 计算。',
    en: 'The rate printed on the form differs from executed ÷ full-year budget (see the finding “Printed rate differs from B/A”); EvalLens always uses executed ÷ full-year budget.',
  },
  basisPrinted: { zh: '按填报', en: 'as printed' },
  basisPrintedLong: {
    zh: '表上的执行数或预算数无法读出，执行率取表上填报值。',
    en: 'The form’s executed amount or budget cannot be read: the printed rate stands in.',
  },
  definition: { zh: '执行率 = 全年执行数 ÷ 全年预算数', en: 'Execution rate = executed ÷ full-year budget' },
} satisfies Record<string, Localized>;

const truthy = (v: unknown) => v === true || v === 1 || v === 'true';

/** A tooltip line beside the rate: `表上填报 74.34%` where the printed rate differs, `执行率按填报…` where it stands in; '' otherwise. */
export function printedRateLine(printed: unknown, differs: unknown, basis: unknown, lang: Lang): string {
  if (truthy(differs)) return `${RATE_TEXT.printedLong[lang]} ${formatRate(printed)}${RATE_TEXT.differsNote[lang]}`;
  if (basis === 'printed') return RATE_TEXT.basisPrintedLong[lang];
  return '';
}

/** The rate in a table cell or a form: `71.79%` and, where it differs, the printed `填报 74.34%` marked beside it. */
export function RateWithPrinted({ rate, printed, differs, basis, lang }: { rate: unknown; printed: unknown; differs: unknown; basis?: unknown; lang: Lang }) {
  return (
    <span className="rate-cell">
      <span className="rate-primary">{formatRate(rate)}</span>
      {truthy(differs) && (
        <span className="rate-printed" data-printed-rate={formatRate(printed)} title={RATE_TEXT.differs[lang]}>
          {RATE_TEXT.printed[lang]} {formatRate(printed)}
        </span>
      )}
      {!truthy(differs) && basis === 'printed' && (
        <span className="rate-basis" title={RATE_TEXT.basisPrintedLong[lang]}>
          {RATE_TEXT.basisPrinted[lang]}
        </span>
      )}
    </span>
  );
}
