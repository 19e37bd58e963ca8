import { EChart } from '../../charts/EChart';
import { formatInt, formatMoney, formatRate, formatScore } from '../../i18n/format';
import { useQueries, type QueryState } from '../../query/useQueries';
import { KpiCard } from '../common/KpiCard';
import { DamagedNote } from '../common/quality';
import { limitedTitle } from '../common/limitedTitle';
import { QueryStatus } from '../common/QueryStatus';
import { UpdatingBadge } from '../common/UpdatingBadge';
import { useRenderedMark } from '../common/useRenderedMark';
import type { ViewProps } from '../view';
import { overviewQueries } from './queries';
import { heatmapItems, heatmapSpec } from './spec';

const L = {
  projects: { zh: '项目数', en: 'Projects' },
  budget: { zh: '全年预算（万元）', en: 'Full-year budget (10k CNY)' },
  executed: { zh: '全年执行（万元）', en: 'Executed (10k CNY)' },
  rate: { zh: '加权执行率', en: 'Weighted execution rate' },
  rateNote: { zh: '执行总额 ÷ 全年预算总额', en: 'executed ÷ full-year budget' },
  score: { zh: '平均自评得分', en: 'Mean self-score' },
  flagged: { zh: '有风险线索的项目', en: 'Flagged projects' },
  heatmap: { zh: '部门 × 年度 预算执行率', en: 'Execution rate by department and year' },
};

export function OverviewView({ conn, filters, setFilters, lang, dataVersion, rulesUpdating, filterSummary }: ViewProps) {
  const hidden = filters.hideDamaged;
  const states = useQueries(conn, overviewQueries(filters), dataVersion);
  const [kpis, heat] = states as [QueryState, QueryState];
  useRenderedMark('overview', states);
  return (
    <div className="overview">
      <QueryStatus state={kpis} lang={lang} allowEmpty>
        {(d) => (
          <>
            <div className="kpis">
              <KpiCard id="projects" label={L.projects[lang]} value={formatInt(d.projects?.[0])} />
              <KpiCard id="budget" label={L.budget[lang]} value={formatMoney(d.budget_full_year?.[0])} />
              <KpiCard id="executed" label={L.executed[lang]} value={formatMoney(d.executed?.[0])} />
              <KpiCard id="rate" label={L.rate[lang]} value={formatRate(d.execution_rate?.[0])} note={L.rateNote[lang]} />
              <KpiCard id="score" label={L.score[lang]} value={formatScore(d.mean_score?.[0])} />
              <KpiCard id="flagged" label={L.flagged[lang]} value={formatInt(d.flagged?.[0])} note={<UpdatingBadge lang={lang} show={rulesUpdating} />} />
            </div>
            <DamagedNote count={d.damaged?.[0]} budget={d.damaged_budget_full_year?.[0]} hidden={hidden} lang={lang} />
          </>
        )}
      </QueryStatus>
      <QueryStatus state={heat} lang={lang}>
        {(d) => {
          const departments = Number(d.departments_shown?.[0] ?? 0);
          return (
            <>
              <EChart
                id="overview-heatmap"
                title={limitedTitle(L.heatmap[lang], departments, d.departments_total?.[0], lang)}
                option={heatmapSpec(d, lang)}
                data={d}
                items={heatmapItems(d)}
                height={Math.max(220, departments * (departments > 12 ? 28 : 44) + 60)}
                lang={lang}
                filterSummary={filterSummary}
                onClick={(e) => {
                  const department = d.department?.[e.dataIndex];
                  const year = d.year?.[e.dataIndex];
                  if (department !== undefined && year !== undefined) {
                    setFilters({ departments: [String(department)], years: [Number(year)] });
                  }
                }}
              />
              <DamagedNote count={d.damaged_total?.[0]} hidden={hidden} lang={lang} />
            </>
          );
        }}
      </QueryStatus>
    </div>
  );
}
