import { formatMoney, formatRate } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { QualityBadge, qualityLine } from '../common/quality';
import { RATE_TEXT } from '../common/rate';
import type { FormRecord } from './drilldownQueries';

const L = {
  rate: { zh: '执行率', en: 'Execution rate' },
  computed: {
    zh: (executed: string, budget: string) => `（全年执行数 ${executed} ÷ 全年预算数 ${budget} 万元）`,
    en: (executed: string, budget: string) => ` (executed ${executed} ÷ full-year budget ${budget}, 10k CNY)`,
  },
  asPrinted: { zh: '（按表上填报：执行数或预算数无法读出）', en: ' (as printed: the executed amount or the budget cannot be read)' },
  printedDiffers: { zh: (printed: string) => `表上填报 ${printed}，与此不符`, en: (printed: string) => `printed ${printed}, which differs` },
  nameAsPrinted: { zh: '名称原文：', en: 'Name as printed: ' },
};

/**
 * Under the drill-down's title: the form's data quality (badge, reasons in plain words) and its
 * execution rate as every view shows it — B/A with the figures it comes from, and the printed rate
 * beside it where the two differ beyond the printed precision (a finding, not a contradiction).
 */
export function FormFacts({ record, lang }: { record: FormRecord; lang: Lang }) {
  const e = record.evaluation;
  const d = record.display;
  const quality = qualityLine(e.quality, e.quality_reasons, lang);
  const printed = e.execution_rate_raw ?? formatRate(e.execution_rate_reported);
  const basis =
    d.rate_basis === 'computed'
      ? L.computed[lang](formatMoney(e.executed), formatMoney(e.budget_full_year))
      : d.rate_basis === 'printed'
        ? L.asPrinted[lang]
        : '';
  return (
    <div className="dd-facts" data-testid="drilldown-facts">
      <p className="dd-rate-line" data-testid="drilldown-rate">
        {L.rate[lang]} <strong data-rate={formatRate(d.rate)}>{formatRate(d.rate)}</strong>
        {basis}
        {d.rate_differs && (
          <span className="rate-printed" data-printed-rate={formatRate(e.execution_rate_reported)} title={RATE_TEXT.differs[lang]}>
            {L.printedDiffers[lang](printed)}
          </span>
        )}
      </p>
      {quality && (
        <p className="dd-quality-line" data-testid="drilldown-quality">
          <QualityBadge quality={e.quality} reasons={e.quality_reasons} lang={lang} /> {quality}
          {e.project === null && e.project_raw && (
            <>
              {' · '}
              {L.nameAsPrinted[lang]}
              <span className="dd-raw">{e.project_raw}</span>
            </>
          )}
        </p>
      )}
    </div>
  );
}
