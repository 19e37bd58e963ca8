import { useEffect, useState } from 'react';
import { t } from '../i18n/dict';
import { formatDateTime, formatInt, formatMoney, formatRate, formatScore } from '../i18n/format';
import type { Lang, Localized } from '../i18n/lang';
import { useQueries, type QueryState } from '../query/useQueries';
import { kpiQuery, overviewTables } from '../views/overview/queries';
import type { ViewProps } from '../views/view';
import './print.css';

const L = {
  app: { zh: '绩效透视 · 项目支出绩效自评分析', en: 'EvalLens · project-expenditure performance analytics' },
  printed: { zh: '打印时间', en: 'Printed' },
  printHint: { zh: '打印当前页面（A4）', en: 'Print the current page (A4)' },
  filters: { zh: '筛选', en: 'Filters' },
  projects: { zh: '项目数', en: 'Projects' },
  budget: { zh: '全年预算（万元）', en: 'Full-year budget (10k CNY)' },
  executed: { zh: '全年执行（万元）', en: 'Executed (10k CNY)' },
  rate: { zh: '加权执行率', en: 'Weighted execution rate' },
  score: { zh: '平均自评得分', en: 'Mean self-score' },
  flagged: { zh: '有风险线索的项目', en: 'Flagged projects' },
  source: { zh: '数据来源：各部门公开的项目支出绩效自评表；每个数字可在“自评表详情”中追溯到原文行。', en: 'Source: the departments’ published self-evaluation forms; every figure traces to its source lines in the form detail.' },
};

/** How long after a filter change the print header's figures are queried. */
const PRINT_FIGURES_DELAY_MS = 250;

/**
 * The head of a printed page (hidden on screen): the view printed, when, under which
 * filters, and the KPI figures of the same SQL as the overview cards.
 */
export function PrintHeader({ conn, filters, lang, dataVersion, filterSummary, viewTitle, loaded }: ViewProps & { viewTitle: Localized }) {
  // The printed figures follow the filters a moment after the visible views: their query never waits in front of the views'.
  const [printed, setPrinted] = useState(filters);
  useEffect(() => {
    const timer = setTimeout(() => setPrinted(filters), PRINT_FIGURES_DELAY_MS);
    return () => clearTimeout(timer);
  }, [filters]);
  const ready = overviewTables(printed).every((t) => loaded.has(t));
  const [kpis] = useQueries(conn, ready ? [kpiQuery(printed)] : [], dataVersion) as [QueryState?];
  const d = kpis?.status === 'ready' ? kpis.data : null;
  // For the bench: the hash whose filters the printed figures are for, once they are.
  const current = kpis?.status === 'ready' && !kpis.refreshing && printed === filters;
  useEffect(() => {
    if (current) document.documentElement.dataset.printedHash = window.location.hash;
  });
  const figures: [Localized, string][] = d
    ? [
        [L.projects, formatInt(d.projects?.[0])],
        [L.budget, formatMoney(d.budget_full_year?.[0])],
        [L.executed, formatMoney(d.executed?.[0])],
        [L.rate, formatRate(d.execution_rate?.[0])],
        [L.score, formatScore(d.mean_score?.[0])],
        [L.flagged, formatInt(d.flagged?.[0])],
      ]
    : [];
  return (
    <header className="print-header" data-testid="print-header">
      <div className="print-title">
        <strong>{L.app[lang]}</strong> — {viewTitle[lang]}
      </div>
      <div className="print-meta">
        {L.filters[lang]}: {filterSummary} · {L.printed[lang]}: {formatDateTime(new Date(), lang)}
      </div>
      <dl className="print-kpis">
        {figures.map(([label, value]) => (
          <div key={label.en}>
            <dt>{label[lang]}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="print-source">{L.source[lang]}</p>
    </header>
  );
}

/** Prints the page as it stands (the print stylesheet turns it into a clean A4 page). */
export function PrintButton({ lang }: { lang: Lang }) {
  return (
    <button type="button" className="print-button" data-testid="print-button" onClick={() => window.print()} title={L.printHint[lang]}>
      {t(lang, 'print')}
    </button>
  );
}
