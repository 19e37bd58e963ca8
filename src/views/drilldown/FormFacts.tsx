import { formatMoney, formatRate } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { QualityBadge, qualityLine } from '../common/quality';
import { RATE_TEXT } from '../common/rate';
import type { FormRecord } from './drilldownQueries';

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
      ? lang === 'zh'
        ? `（全年执行数 ${formatMoney(e.executed)} ÷ 全年预算数 ${formatMoney(e.budget_full_year)} 万元）`
        : ` (executed ${formatMoney(e.executed)} ÷ full-year budget ${formatMoney(e.budget_full_year)}, 10k CNY)`
      : d.rate_basis === 'printed'
        ? lang === 'zh'
          ? '（按表上填报：执行数或预算数无法读出）'
          : ' (as printed: the executed amount or the budget cannot be read)'
        : '';
  return (
    <div className="dd-facts" data-testid="drilldown-facts">
      <p className="dd-rate-line" data-testid="drilldown-rate">
        {lang === 'zh' ? '执行率' : 'Execution rate'} <strong data-rate={formatRate(d.rate)}>{formatRate(d.rate)}</strong>
        {basis}
        {d.rate_differs && (
          <span className="rate-printed" data-printed-rate={formatRate(e.execution_rate_reported)} title={RATE_TEXT.differs[lang]}>
            {lang === 'zh' ? `表上填报 ${printed}，与此不符` : `printed ${printed}, which differs`}
          </span>
        )}
      </p>
      {quality && (
        <p className="dd-quality-line" data-testid="drilldown-quality">
          <QualityBadge quality={e.quality} reasons={e.quality_reasons} lang={lang} /> {quality}
          {e.project === null && e.project_raw && (
            <>
              {' · '}
              {lang === 'zh' ? '名称原文：' : 'Name as printed: '}
              <span className="dd-raw">{e.project_raw}</span>
            </>
          )}
        </p>
      )}
    </div>
  );
}
