import { EChart } from '../../charts/EChart';
import type { Columns } from '../../db/arrowValues';
import type { Lang } from '../../i18n/lang';
import { formatInt, formatMoney, formatRate, formatScore } from '../../i18n/format';
import { useQueries, type QueryState } from '../../query/useQueries';
import { filterClickedDepartment } from '../common/chartClicks';
import { limitedTitle } from '../common/limitedTitle';
import { QueryStatus } from '../common/QueryStatus';
import { DamagedNote } from '../common/quality';
import { useRenderedMark } from '../common/useRenderedMark';
import type { ViewProps } from '../view';
import { compareQueries } from './queries';
import { measuresItems, measuresSpec } from './spec';

const L = {
  byDepartment: { zh: '跨部门对比（每组条形为一个主管部门）', en: 'Across departments (each group of bars is a department)' },
  byYear: { zh: '跨年度对比（每组条形为一个地区的一个年度）', en: 'Across years (each group of bars is one region in one year)' },
  changes: { zh: '部门逐年变化（与同一部门上一个有数据的年度相比）', en: "Change per department (against the same department's previous year in the data)" },
  yearChanges: { zh: '地区逐年变化（与同一地区上一个有数据的年度相比，不跨地区相减）', en: "Change per region (against the same region's previous year in the data; never across regions)" },
  noRegionChange: {
    zh: (n: number) => `当前筛选下每个地区只有一个年度的数据（共 ${n} 个地区），没有同一地区的上一年度可比，所以变化列为空；不同地区之间不计算变化。`,
    en: (n: number) => `Under the current filters each region has data for one year only (${n} regions): there is no previous year of the same region to compare with, so the change columns are empty; changes are never taken between regions.`,
  },
  noDepartmentChange: {
    zh: (n: number) => `当前筛选下每个部门只有一个年度的数据（共 ${n} 个部门），没有同一部门的上一年度可比，所以变化列为空。载入同一部门多个年度的自评表后，这里给出逐年变化。`,
    en: (n: number) => `Under the current filters each department has data for one year only (${n} departments): there is no previous year of the same department to compare with, so the change columns are empty. With several years of one department's forms loaded, the changes show here.`,
  },
  region: { zh: '地区', en: 'Region' },
  department: { zh: '主管部门', en: 'Department' },
  year: { zh: '年度', en: 'Year' },
  projects: { zh: '项目数', en: 'Projects' },
  budget: { zh: '全年预算（万元）', en: 'Budget (10k CNY)' },
  rate: { zh: '执行率', en: 'Execution' },
  rateChange: { zh: '执行率变化', en: 'Δ execution' },
  score: { zh: '平均自评分', en: 'Mean score' },
  scoreChange: { zh: '自评分变化', en: 'Δ score' },
  vs: { zh: '对比年度', en: 'vs year' },
};

/** A signed change, e.g. "+3.20 pp" / "−1.50"; "—" without a previous year. */
function Change({ value, kind }: { value: unknown; kind: 'rate' | 'score' }) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return <span>—</span>;
  const text = kind === 'rate' ? `${(value * 100).toFixed(2)} pp` : value.toFixed(2);
  return <span className={value >= 0 ? 'up' : 'down'}>{value > 0 ? `+${text}` : text.replace('-', '−')}</span>;
}

/** Rows of measures with the change from the previous year in the data. */
function ChangesTable({ testId, title, data: d, rows, lang, group, empty }: {
  testId: string;
  title: string;
  data: Columns;
  rows: number;
  lang: Lang;
  /** What each row is of: a region or a department (and the year). */
  group: 'region' | 'department';
  /** Why every change is empty (each group has one year), shown above the table when so. */
  empty: (groups: number) => string;
}) {
  const groupColumn = d[group] ?? [];
  const groups = new Set(Array.from({ length: rows }, (_, i) => String(groupColumn[i] ?? ''))).size;
  const noChange = rows > 0 && Array.from({ length: rows }, (_, i) => d.prev_year?.[i]).every((v) => v == null);
  return (
    <section className="panel" data-testid={testId}>
      <h2>{title}</h2>
      {noChange && (
        <p className="chart-note compare-no-change" data-testid={`${testId}-why-empty`}>
          {empty(groups)}
        </p>
      )}
      <table className="plain-table">
        <thead>
          <tr>
            <th>{group === 'region' ? L.region[lang] : L.department[lang]}</th>
            <th>{L.year[lang]}</th>
            <th className="num">{L.projects[lang]}</th>
            <th className="num">{L.budget[lang]}</th>
            <th className="num">{L.rate[lang]}</th>
            <th className="num">{L.score[lang]}</th>
            <th className="num">{L.vs[lang]}</th>
            <th className="num">{L.rateChange[lang]}</th>
            <th className="num">{L.scoreChange[lang]}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, i) => (
            <tr key={`${String(d.region?.[i] ?? '')}-${String(d.department?.[i] ?? '')}-${String(d.year?.[i])}`} data-group={String(groupColumn[i] ?? '')} data-year={String(d.year?.[i] ?? '')}>
              <td>{String(groupColumn[i] ?? '')}</td>
              <td>{String(d.year?.[i] ?? '')}</td>
              <td className="num">{formatInt(d.evaluations?.[i])}</td>
              <td className="num">{formatMoney(d.budget_full_year?.[i])}</td>
              <td className="num">{formatRate(d.execution_rate?.[i])}</td>
              <td className="num">{formatScore(d.mean_score?.[i])}</td>
              <td className="num">{d.prev_year?.[i] == null ? '—' : String(d.prev_year[i])}</td>
              <td className="num">
                <Change value={d.execution_rate_change?.[i]} kind="rate" />
              </td>
              <td className="num">
                <Change value={d.mean_score_change?.[i]} kind="score" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function CompareView({ conn, filters, setFilters, lang, dataVersion, filterSummary }: ViewProps) {
  const states = useQueries(conn, compareQueries(filters), dataVersion);
  const [byDepartment, byYear, changes] = states as [QueryState, QueryState, QueryState];
  useRenderedMark('compare', states);
  return (
    <>
      <div className="grid-2">
        <QueryStatus state={byDepartment} lang={lang}>
          {(d, rows) => (
            <EChart
              id="compare-departments"
              title={limitedTitle(L.byDepartment[lang], rows, d.departments_total?.[0], lang)}
              option={measuresSpec(d, 'department', lang)}
              data={d}
              items={measuresItems(d, 'department', lang)}
              height={Math.max(260, rows * 76 + 60)}
              lang={lang}
              filterSummary={filterSummary}
              onClick={filterClickedDepartment(d, setFilters)}
            />
          )}
        </QueryStatus>
        <QueryStatus state={byYear} lang={lang}>
          {(d, rows) => (
            <EChart
              id="compare-years"
              title={limitedTitle(L.byYear[lang], new Set(Array.from(d.region ?? [], String)).size, d.regions_total?.[0], lang)}
              option={measuresSpec(d, 'label', lang)}
              data={d}
              items={measuresItems(d, 'label', lang)}
              lang={lang}
              filterSummary={filterSummary}
              height={Math.max(320, Math.min(rows, 24) * 14 + 300)}
              onClick={(e) => {
                const year = d.year?.[e.dataIndex];
                const region = d.region?.[e.dataIndex];
                if (typeof year === 'number') setFilters({ years: [year], ...(typeof region === 'string' && region !== '（地区缺失）' ? { regions: [region] } : {}) });
              }}
            />
          )}
        </QueryStatus>
      </div>
      <QueryStatus state={byYear} lang={lang}>
        {(d, rows) => (
          <>
            <ChangesTable testId="compare-year-changes" title={L.yearChanges[lang]} data={d} rows={rows} lang={lang} group="region" empty={L.noRegionChange[lang]} />
            <DamagedNote count={d.damaged_total?.[0]} hidden={filters.hideDamaged} lang={lang} />
          </>
        )}
      </QueryStatus>
      <QueryStatus state={changes} lang={lang}>
        {(d, rows) => <ChangesTable testId="compare-changes" title={L.changes[lang]} data={d} rows={rows} lang={lang} group="department" empty={L.noDepartmentChange[lang]} />}
      </QueryStatus>
    </>
  );
}
