import { EChart } from '../../charts/EChart';
import { useQueries, type QueryState } from '../../query/useQueries';
import { openClickedForm } from '../common/chartClicks';
import { limitedTitle } from '../common/limitedTitle';
import { QueryStatus } from '../common/QueryStatus';
import { DAMAGED_MARK, DamagedNote } from '../common/quality';
import { RATE_TEXT } from '../common/rate';
import { useRenderedMark } from '../common/useRenderedMark';
import type { ViewProps } from '../view';
import { binRange, executionQueries } from './queries';
import { budgetChangeItems, budgetChangeSpec, histogramItems, histogramSpec, rankingItems, rankingSpec } from './spec';

const L = {
  ranking: { zh: '项目预算执行率排名（由低到高）', en: 'Projects by execution rate (lowest first)' },
  histogram: { zh: '执行率分布', en: 'Distribution of execution rates' },
  changes: { zh: '年中调整预算的项目（年初 → 全年）', en: 'Budgets changed during the year (initial → full-year)' },
  noChanges: { zh: '当前筛选下没有调整预算的项目。', en: 'No project changed its budget under the current filters.' },
  marks: {
    zh: `${RATE_TEXT.definition.zh}。* 表上填报的执行率与此不符（提示框中列出填报值）；${DAMAGED_MARK} 损坏表（名称或关键数字无法读出）。`,
    en: `${RATE_TEXT.definition.en}. * the form prints another rate (the tooltip gives it); ${DAMAGED_MARK} damaged form (name or a key figure unreadable).`,
  },
};

export function ExecutionView({ conn, filters, setFilters, lang, dataVersion, filterSummary, openEvaluation }: ViewProps) {
  const states = useQueries(conn, executionQueries(filters), dataVersion);
  const [ranking, histogram, changes] = states as [QueryState, QueryState, QueryState];
  useRenderedMark('execution', states);
  return (
    <div className="grid-2">
      <QueryStatus state={ranking} lang={lang}>
        {(d, rows) => (
          <div>
            <EChart
              id="execution-ranking"
              title={limitedTitle(L.ranking[lang], rows, d.total?.[0], lang)}
              option={rankingSpec(d, lang)}
              data={d}
              items={rankingItems(d)}
              height={Math.max(240, rows * 20 + 70)}
              lang={lang}
              filterSummary={filterSummary}
              onClick={openClickedForm(d, openEvaluation)}
            />
            <p className="chart-note" data-testid="execution-ranking-note">
              {L.marks[lang]}
            </p>
          </div>
        )}
      </QueryStatus>
      <div>
        <QueryStatus state={histogram} lang={lang}>
          {(d) => (
            <EChart
              id="execution-histogram"
              title={L.histogram[lang]}
              option={histogramSpec(d, lang)}
              data={d}
              items={histogramItems(d)}
              height={260}
              lang={lang}
              filterSummary={filterSummary}
              onClick={(e) => setFilters(binRange(Number(d.bin?.[e.dataIndex])))}
            />
          )}
        </QueryStatus>
        <QueryStatus state={histogram} lang={lang} allowEmpty>
          {(d) => <DamagedNote count={d.damaged_total?.[0]} hidden={filters.hideDamaged} lang={lang} />}
        </QueryStatus>
        <QueryStatus state={changes} lang={lang} allowEmpty>
          {(d, rows) =>
            rows === 0 ? (
              <p className="query-state">{L.noChanges[lang]}</p>
            ) : (
              <EChart
                id="execution-budget-changes"
                title={limitedTitle(L.changes[lang], rows, d.total?.[0], lang)}
                option={budgetChangeSpec(d, lang)}
                data={d}
                items={budgetChangeItems(d)}
                height={Math.max(200, rows * 30 + 60)}
                lang={lang}
                filterSummary={filterSummary}
                onClick={openClickedForm(d, openEvaluation)}
              />
            )
          }
        </QueryStatus>
      </div>
    </div>
  );
}
