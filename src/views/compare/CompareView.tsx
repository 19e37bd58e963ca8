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
  byDepartment: { zh: '跨部门对比', en: 'Across departments' },
  byYear: { zh: '跨年度对比', en: 'Across years' },
  changes: { zh: '部门逐年变化（与该部门上一个有数据的年度相比）', en: 'Change per department (against its previous year in the data)' },
  yearChanges: { zh: '逐年变化（与上一个有数据的年度相比）', en: 'Change per year (against the previous year in the data)' },
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
function ChangesTable({ testId, title, data: d, rows, lang, withDepartment }: {
  testId: string;
  title: string;
  data: Columns;
  rows: number;
  lang: Lang;
  withDepartment: boolean;
}) {
  return (
    <section className="panel" data-testid={testId}>
      <h2>{title}</h2>
      <table className="plain-table">
        <thead>
          <tr>
            {withDepartment && <th>{L.department[lang]}</th>}
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
            <tr key={`${String(d.department?.[i] ?? '')}-${String(d.year?.[i])}`}>
              {withDepartment && <td>{String(d.department?.[i] ?? '')}</td>}
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
          {(d) => (
            <EChart
              id="compare-years"
              title={L.byYear[lang]}
              option={measuresSpec(d, 'label', lang)}
              data={d}
              items={measuresItems(d, 'label', lang)}
              height={320}
              lang={lang}
              filterSummary={filterSummary}
              onClick={(e) => {
                const year = d.year?.[e.dataIndex];
                if (typeof year === 'number') setFilters({ years: [year] });
              }}
            />
          )}
        </QueryStatus>
      </div>
      <QueryStatus state={byYear} lang={lang}>
        {(d, rows) => (
          <>
            <ChangesTable testId="compare-year-changes" title={L.yearChanges[lang]} data={d} rows={rows} lang={lang} withDepartment={false} />
            <DamagedNote count={d.damaged_total?.[0]} hidden={filters.hideDamaged} lang={lang} />
          </>
        )}
      </QueryStatus>
      <QueryStatus state={changes} lang={lang}>
        {(d, rows) => <ChangesTable testId="compare-changes" title={L.changes[lang]} data={d} rows={rows} lang={lang} withDepartment />}
      </QueryStatus>
    </>
  );
}
