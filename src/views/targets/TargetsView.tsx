import { EChart } from '../../charts/EChart';
import { formatScore } from '../../i18n/format';
import { useQueries, type QueryState } from '../../query/useQueries';
import { limitedTitle } from '../common/limitedTitle';
import { QueryStatus } from '../common/QueryStatus';
import { DamagedNote, FormNameCell } from '../common/quality';
import { WindowedTable } from '../common/WindowedTable';
import { useRenderedMark } from '../common/useRenderedMark';
import type { ViewProps } from '../view';
import { targetsQueries } from './queries';
import { ISSUES, issueCountsItems, issueCountsSpec, type IssueKey } from './spec';

const L = {
  chart: { zh: '各部门、年度的目标与实际不符指标数', en: 'Indicators whose actual does not match the target, by department and year' },
  list: { zh: '目标与实际不符的指标（及其得分）', en: 'Indicators whose actual does not match the target (and the score given)' },
  project: { zh: '项目', en: 'Project' },
  year: { zh: '年度', en: 'Year' },
  indicator: { zh: '三级指标', en: 'Indicator' },
  target: { zh: '年度指标值', en: 'Target' },
  actual: { zh: '实际完成值', en: 'Actual' },
  issue: { zh: '问题', en: 'Issue' },
  score: { zh: '得分 / 分值', en: 'Score / weight' },
  source: { zh: '来源行', en: 'Source line' },
  none: { zh: '当前筛选下没有目标与实际不符的指标。', en: 'No mismatches under the current filters.' },
};

const issueLabel = (key: unknown, lang: 'zh' | 'en') => ISSUES.find((s) => s.key === key)?.label[lang] ?? String(key);

export function TargetsView({ conn, filters, setFilters, lang, dataVersion, filterSummary, openEvaluation }: ViewProps) {
  const states = useQueries(conn, targetsQueries(filters), dataVersion);
  const [counts, issues] = states as [QueryState, QueryState];
  useRenderedMark('targets', states);
  return (
    <>
      <QueryStatus state={counts} lang={lang}>
        {(d, rows) => (
          <>
            <EChart
              id="targets-issue-counts"
              title={limitedTitle(L.chart[lang], rows, d.total?.[0], lang)}
              option={issueCountsSpec(d, lang)}
              data={d}
              items={issueCountsItems(d, lang)}
              height={Math.max(200, rows * 40 + 70)}
              lang={lang}
              filterSummary={filterSummary}
              onClick={(e) => {
                const department = d.department?.[e.dataIndex];
                const year = d.year?.[e.dataIndex];
                if (typeof department === 'string') setFilters({ departments: [department], years: [Number(year)] });
              }}
            />
            <DamagedNote count={d.damaged_total?.[0]} hidden={filters.hideDamaged} lang={lang} />
          </>
        )}
      </QueryStatus>
      <QueryStatus state={issues} lang={lang} allowEmpty>
        {(d, rows) => (
          <section className="panel" data-testid="target-issues">
            <h2>
              {L.list[lang]} ({Number(d.total?.[0] ?? rows) > rows ? `${rows} / ${String(d.total?.[0])}` : rows})
            </h2>
            {rows === 0 ? (
              <p>{L.none[lang]}</p>
            ) : (
              <WindowedTable
                rows={rows}
                columns={8}
                head={
                  <tr>
                    <th>{L.project[lang]}</th>
                    <th>{L.year[lang]}</th>
                    <th>{L.indicator[lang]}</th>
                    <th>{L.target[lang]}</th>
                    <th>{L.actual[lang]}</th>
                    <th>{L.issue[lang]}</th>
                    <th className="num">{L.score[lang]}</th>
                    <th className="num">{L.source[lang]}</th>
                  </tr>
                }
                row={(i, measure) => (
                  <tr
                    key={`${String(d.eval_id?.[i])}#${String(d.indicator_index?.[i])}`}
                    {...measure}
                    className="clickable"
                    data-eval-id={String(d.eval_id?.[i])}
                    onClick={() => openEvaluation(String(d.eval_id?.[i]))}
                  >
                    <FormNameCell data={d} i={i} lang={lang} />
                    <td>{String(d.year?.[i] ?? '')}</td>
                    <td>{String(d.name?.[i] ?? '')}</td>
                    <td>{String(d.target_raw?.[i] ?? '')}</td>
                    <td>{String(d.actual_raw?.[i] ?? '')}</td>
                    <td>
                      <span className={`tag tag-${String(d.issue?.[i]) as IssueKey}`}>{issueLabel(d.issue?.[i], lang)}</span>
                    </td>
                    <td className="num">
                      {formatScore(d.score?.[i])} / {formatScore(d.weight?.[i])}
                    </td>
                    <td className="num">
                      {String(d.source_file?.[i] ?? '')}:{String(d.line?.[i] ?? '')}
                    </td>
                  </tr>
                )}
              />
            )}
          </section>
        )}
      </QueryStatus>
    </>
  );
}
