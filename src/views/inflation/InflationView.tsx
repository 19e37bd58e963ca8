import { EChart } from '../../charts/EChart';
import { formatInt, formatMoney, formatScore } from '../../i18n/format';
import { HIGH_SCORE, RATE_LOW } from '../../query/thresholds';
import { useQueries, type QueryState } from '../../query/useQueries';
import { filterClickedDepartment, openClickedForm } from '../common/chartClicks';
import { limitedTitle } from '../common/limitedTitle';
import { QueryStatus } from '../common/QueryStatus';
import { DamagedNote, FormNameCell } from '../common/quality';
import { RateWithPrinted } from '../common/rate';
import { WindowedTable } from '../common/WindowedTable';
import { useRenderedMark } from '../common/useRenderedMark';
import type { ViewProps } from '../view';
import { inflationQueries } from './queries';
import { fullMarkShareItems, fullMarkShareSpec, scatterItems, scatterSpec } from './spec';

const L = {
  scatter: { zh: '执行率与自评总分（点大小 = 全年预算）', en: 'Execution rate vs total self-score (size = budget)' },
  share: { zh: '各部门满分指标占比', en: 'Share of indicators at full marks, by department' },
  quadrant: {
    zh: `执行率低于 ${RATE_LOW * 100}% 但自评总分不低于 ${HIGH_SCORE} 的项目`,
    en: `Projects with execution below ${RATE_LOW * 100}% and a total score of ${HIGH_SCORE} or more`,
  },
  none: { zh: '当前筛选下没有此类项目。', en: 'None under the current filters.' },
  project: { zh: '项目', en: 'Project' },
  department: { zh: '主管部门', en: 'Department' },
  year: { zh: '年度', en: 'Year' },
  rate: { zh: '执行率', en: 'Execution' },
  score: { zh: '自评总分', en: 'Score' },
  budget: { zh: '全年预算（万元）', en: 'Budget (10k CNY)' },
};

export function InflationView({ conn, filters, setFilters, lang, dataVersion, filterSummary, openEvaluation }: ViewProps) {
  const states = useQueries(conn, inflationQueries(filters), dataVersion);
  const [scatter, share] = states as [QueryState, QueryState];
  useRenderedMark('inflation', states);
  return (
    <>
      <div className="grid-2">
        <QueryStatus state={scatter} lang={lang}>
          {(d, rows) => (
            <EChart
              id="inflation-scatter"
              title={limitedTitle(L.scatter[lang], rows, d.total?.[0], lang)}
              option={scatterSpec(d, lang)}
              data={d}
              items={scatterItems(d)}
              height={420}
              lang={lang}
              filterSummary={filterSummary}
              onClick={openClickedForm(d, openEvaluation)}
            />
          )}
        </QueryStatus>
        <QueryStatus state={share} lang={lang}>
          {(d, rows) => (
            <div>
              <EChart
                id="inflation-full-marks"
                title={limitedTitle(L.share[lang], rows, d.departments_total?.[0], lang)}
                option={fullMarkShareSpec(d, lang)}
                data={d}
                items={fullMarkShareItems(d)}
                height={Math.max(200, rows * 36 + 50)}
                lang={lang}
                filterSummary={filterSummary}
                onClick={filterClickedDepartment(d, setFilters)}
              />
              <DamagedNote count={d.damaged_total?.[0]} hidden={filters.hideDamaged} lang={lang} />
            </div>
          )}
        </QueryStatus>
      </div>
      <QueryStatus state={scatter} lang={lang} allowEmpty>
        {(d, rows) => {
          // The scatter's rows put the quadrant's first (lowest execution first): all of them, unless there are more than it draws.
          const listed = Array.from({ length: rows }, (_, i) => i).filter((i) => d.in_quadrant?.[i] === true);
          const count = Number(d.quadrant_count?.[0] ?? 0);
          return (
            <section className="panel" data-testid="inflation-quadrant">
              <h2>
                {count > listed.length ? limitedTitle(L.quadrant[lang], listed.length, count, lang) : `${L.quadrant[lang]} (${formatInt(count)})`}
              </h2>
              {listed.length === 0 ? (
                <p>{L.none[lang]}</p>
              ) : (
                <WindowedTable
                  rows={listed.length}
                  columns={6}
                  head={
                    <tr>
                      <th>{L.project[lang]}</th>
                      <th>{L.department[lang]}</th>
                      <th>{L.year[lang]}</th>
                      <th className="num">{L.rate[lang]}</th>
                      <th className="num">{L.score[lang]}</th>
                      <th className="num">{L.budget[lang]}</th>
                    </tr>
                  }
                  row={(k, measure) => {
                    const i = listed[k]!;
                    return (
                      <tr key={String(d.eval_id?.[i])} {...measure} className="clickable" data-eval-id={String(d.eval_id?.[i])} onClick={() => openEvaluation(String(d.eval_id?.[i]))}>
                        <FormNameCell data={d} i={i} lang={lang} />
                        <td>{String(d.department?.[i] ?? '')}</td>
                        <td>{String(d.year?.[i] ?? '')}</td>
                        <td className="num">
                          <RateWithPrinted rate={d.rate?.[i]} printed={d.rate_printed?.[i]} differs={d.rate_differs?.[i]} basis={d.rate_basis?.[i]} lang={lang} />
                        </td>
                        <td className="num">{formatScore(d.total_score?.[i])}</td>
                        <td className="num">{formatMoney(d.budget_full_year?.[i])}</td>
                      </tr>
                    );
                  }}
                />
              )}
            </section>
          );
        }}
      </QueryStatus>
    </>
  );
}
