import { useMemo, useState } from 'react';
import { EChart } from '../../charts/EChart';
import { plainText } from '../../charts/plainText';
import { CATEGORICAL, TEXT_TOOLTIP } from '../../charts/theme';
import type { Columns } from '../../db/arrowValues';
import { TableExportButtons } from '../../export/TableExportButtons';
import { langColumn, type Lang } from '../../i18n/lang';
import { joinList, parenthesized } from '../../i18n/punctuation';
import { filterClause } from '../../query/filterClause';
import { useQueries, type QueryState } from '../../query/useQueries';
import { ReportButtons } from '../../report/ReportButtons';
import { NotesPanel } from '../../review/NotesPanel';
import { REVIEWED_FINDINGS_RELATION } from '../../review/reviewedFindings';
import { useReview } from '../../review/useReview';
import { ruleById } from '../../rules/registry';
import { DataTable } from '../../table/DataTable';
import { useUrlTableState } from '../../table/useUrlTableState';
import { allRows, contractRowSource, type DataRow } from '../../table/rowSource';
import { whereClause, TABLE_ALIAS, type TableQuery } from '../../table/tableQuery';
import { axisValues } from '../common/axisValues';
import { limitedTitle } from '../common/limitedTitle';
import { QueryStatus } from '../common/QueryStatus';
import { useRenderedMark } from '../common/useRenderedMark';
import { UpdatingBadge } from '../common/UpdatingBadge';
import type { ViewProps } from '../view';
import { findingsQueries } from './findingsQueries';
import { findingDataColumns, findingExportColumns, findingVisibility } from './findingsTable';
import { buildExportContext } from '../../export/exportContext';
import { ListLineDialog, type ListLine } from './ListLineDialog';
import { RiskRanking } from './RiskRanking';
import { RuleSettingsPanel } from './RuleSettingsPanel';
import { SEVERITY_LABELS } from '../../findings/severity';
import './findings.css';

const L = {
  byRule: { zh: '按规则和等级', en: 'By rule and severity' },
  rule: { zh: '规则', en: 'Rule' },
  total: { zh: '合计', en: 'Total' },
  byDept: { zh: '按部门和年度的线索数', en: 'Findings by department and year' },
  table: { zh: '线索明细（点击打开自评表；plan.* 线索打开与公开目标表的对照）', en: 'Findings (click to open the form; a plan.* finding opens it beside the published target table)' },
  ruleClick: { zh: '点击规则即在下方线索明细中只看该规则', en: 'Click a rule to list only its findings below' },
  unchecked: {
    zh: '以下文件没有项目清单，无法核对清单与表单是否一致（清单类规则未检查）：',
    en: 'These documents have no project list, so the list rules could not check them: ',
  },
  forms: { zh: (k: number) => `${k} 张表`, en: (k: number) => `${k} form${k === 1 ? '' : 's'}` },
  findingsAxis: { zh: '线索数', en: 'findings' },
  exportTitle: { zh: '风险线索 · 线索明细', en: 'Findings · list' },
  ruleSettings: { zh: '规则设置', en: 'Rule settings' },
};

const n = (v: unknown) => (typeof v === 'number' ? v : Number(v ?? 0));

/** The rule rows (SQL order) and the totals row (rule_id NULL, last) of `countsByRuleQuery`. */
function RuleCountsTable({ data, rows, lang, updating, picked, pick }: { data: Columns; rows: number; lang: Lang; updating: boolean; picked: string | null; pick: (ruleId: string) => void }) {
  const indexes = Array.from({ length: rows }, (_, i) => i);
  const ruleRows = indexes.filter((i) => data.rule_id?.[i] != null);
  const totals = indexes.find((i) => data.rule_id?.[i] == null);
  const cell = (col: string) => (totals === undefined ? '' : n(data[col]?.[totals]));
  return (
    <div className="panel findings-by-rule">
      <h2 title={L.ruleClick[lang]}>
        {L.byRule[lang]} <UpdatingBadge lang={lang} show={updating} />
      </h2>
      <div className="scroll">
        <table className="plain-table" data-testid="findings-by-rule">
          <thead>
            <tr>
              <th>{L.rule[lang]}</th>
              <th className="num">{SEVERITY_LABELS.high[lang]}</th>
              <th className="num">{SEVERITY_LABELS.medium[lang]}</th>
              <th className="num">{SEVERITY_LABELS.low[lang]}</th>
              <th className="num">{L.total[lang]}</th>
            </tr>
          </thead>
          <tbody>
            {ruleRows.map((i) => {
              const id = String(data.rule_id?.[i]);
              return (
                <tr key={id} data-rule={id} className={`clickable${picked === id ? ' picked' : ''}`} aria-selected={picked === id} onClick={() => pick(id)}>
                  <td title={ruleById(id)?.rationale[lang]}>
                    {ruleById(id)?.title[lang] ?? id} <code>{id}</code>
                  </td>
                  <td className="num">{n(data.high?.[i]) || ''}</td>
                  <td className="num">{n(data.medium?.[i]) || ''}</td>
                  <td className="num">{n(data.low?.[i]) || ''}</td>
                  <td className="num" data-count={n(data.total?.[i])}>
                    {n(data.total?.[i])}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th>{L.total[lang]}</th>
              <th className="num">{cell('high')}</th>
              <th className="num">{cell('medium')}</th>
              <th className="num">{cell('low')}</th>
              <th className="num" data-testid="findings-total">
                {cell('total')}
              </th>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}

/** Departments as bar categories, one stacked series per year (both axes in the query's order). */
function deptYearOption(data: Columns, rows: number, lang: Lang) {
  const departments = axisValues(data.department_axis).map(String);
  const years = axisValues(data.year_axis).map(n);
  const series = years.map((year, k) => ({
    type: 'bar',
    name: String(year),
    stack: 'year',
    color: CATEGORICAL[k % CATEGORICAL.length],
    data: departments.map((d) => {
      for (let i = 0; i < rows; i++) if (String(data.department?.[i]) === d && n(data.year?.[i]) === year) return n(data.n?.[i]);
      return 0;
    }),
    label: { show: true, position: 'inside', formatter: (p: { value: number }) => (p.value ? String(p.value) : '') },
  }));
  return {
    option: {
      tooltip: { ...TEXT_TOOLTIP, trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, data: years.map(String) },
      grid: { left: 8, right: 24, top: 28, bottom: 28, containLabel: true },
      xAxis: { type: 'value', name: L.findingsAxis[lang], nameLocation: 'middle', nameGap: 24, minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: departments.map((d) => plainText(d, 24)) },
      series,
    },
    departments,
    height: Math.max(220, departments.length * 34 + 90),
  };
}

/** 风险线索 Findings: flags by rule and severity, by department and year, the list, and the rule settings. */
export function FindingsView(props: ViewProps) {
  const { conn, filters, setFilters, lang, dataVersion, openEvaluation, filterSummary } = props;
  const states = useQueries(conn, findingsQueries(filters), dataVersion);
  const [byRule, byDept, risk, unchecked] = states as [QueryState, QueryState, QueryState, QueryState];
  useRenderedMark('findings', states);
  const [state, setState] = useUrlTableState('findings', props.tableStates, props.setTableState, () => findingVisibility(lang));
  const columns = useMemo(() => findingDataColumns(lang), [lang]);
  const review = useReview(conn);
  const query = useMemo<TableQuery>(() => {
    const global = filterClause(filters, 'evaluation', TABLE_ALIAS);
    return {
      relation: REVIEWED_FINDINGS_RELATION,
      columns: REVIEWED_FINDINGS_RELATION.columns.map((c) => c.name),
      conditions: [{ sql: global.where, params: global.params }],
      columnFilters: state.columnFilters.map((f) => ({ id: f.id, value: String(f.value ?? '') })),
      sorting: state.sorting.map((s) => ({ id: s.id, desc: s.desc })),
    };
  }, [filters, state]);
  const source = useMemo(
    () => contractRowSource(conn, query, {}),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [conn, query, dataVersion, review.version],
  );
  // The rule the summary's click picked: the list's rule column filter holds its id.
  const ruleFilter = state.columnFilters.find((f) => f.id === 'rule_text');
  const pickedRule = typeof ruleFilter?.value === 'string' ? ruleFilter.value : null;
  const pickRule = (ruleId: string) =>
    setState((s) => ({
      ...s,
      columnFilters: [...s.columnFilters.filter((f) => f.id !== 'rule_text'), ...(pickedRule === ruleId ? [] : [{ id: 'rule_text', value: ruleId }])],
    }));
  const [listLine, setListLine] = useState<ListLine | null>(null);
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    if (byRule.status === 'ready') {
      for (let i = 0; i < byRule.rows; i++) {
        const id = byRule.data.rule_id?.[i];
        if (id != null) map.set(String(id), n(byRule.data.total?.[i]));
      }
    }
    return map;
  }, [byRule]);

  return (
    <div className="findings-view" data-testid="findings-view">
      <ReportButtons conn={conn} filters={filters} ruleSettings={props.ruleSettings} filterSummary={filterSummary} lang={lang} />
      <RuleSettingsPanel
        conn={conn}
        lang={lang}
        ruleSettings={props.ruleSettings}
        setRuleSettings={props.setRuleSettings}
        counts={counts}
        dataVersion={dataVersion}
      />
      <div className="findings-top">
        <QueryStatus state={byRule} lang={lang}>
          {(data, rows) => <RuleCountsTable data={data} rows={rows} lang={lang} updating={props.rulesUpdating} picked={pickedRule} pick={pickRule} />}
        </QueryStatus>
        <QueryStatus state={byDept} lang={lang}>
          {(data, rows) => {
            const chart = deptYearOption(data, rows, lang);
            return (
              <EChart
                id="findings-by-department"
                title={limitedTitle(L.byDept[lang], chart.departments.length, data.departments_total?.[0], lang)}
                option={chart.option}
                data={data}
                height={chart.height}
                lang={lang}
                filterSummary={filterSummary}
                onClick={(e) => {
                  const department = chart.departments[e.dataIndex];
                  if (department && department !== '—') setFilters({ departments: [department] });
                }}
              />
            );
          }}
        </QueryStatus>
      </div>
      <QueryStatus state={unchecked} lang={lang} allowEmpty>
        {(data, rows) =>
          rows > 0 && (
            <p className="findings-unchecked" data-testid="unchecked-documents">
              {L.unchecked[lang]}
              {joinList(
                Array.from({ length: rows }, (_, i) => `${String(data.source_file?.[i])}${parenthesized(L.forms[lang](n(data.forms?.[i])), lang)}`),
                lang,
              )}
            </p>
          )
        }
      </QueryStatus>
      <QueryStatus state={risk} lang={lang} allowEmpty>
        {(data, rows) => <RiskRanking data={data} rows={rows} lang={lang} openEvaluation={openEvaluation} />}
      </QueryStatus>
      <NotesPanel conn={conn} lang={lang} dataVersion={dataVersion} />
      <h2 className="findings-table-title">{L.table[lang]}</h2>
      {review.ready && (
        <DataTable
          key={lang}
          testId="findings-table"
          columns={columns}
          source={source}
          lang={lang}
          state={state}
          onStateChange={setState}
          filterErrors={whereClause(query).errors}
          onRowClick={(row: DataRow) => {
            if (typeof row.eval_id === 'string') openEvaluation(row.eval_id, String(row.rule_id).startsWith('plan.') ? 'plan' : '');
            // A finding on a project list (list.missing_form) opens the list line it comes from.
            else if (typeof row.source_file === 'string' && row.source_line != null)
              setListLine({ sourceFile: row.source_file, line: Number(row.source_line), message: String(row[langColumn('message', lang)] ?? '') });
          }}
          height={480}
          toolbar={
            <TableExportButtons
              lang={lang}
              view="findings"
              rows={() => allRows(conn, query)}
              columns={findingExportColumns(lang)}
              context={(rowCount) =>
                buildExportContext({
                  conn,
                  lang,
                  title: L.exportTitle[lang],
                  filters,
                  filterSummary,
                  columns: columns.map((c) => ({ id: c.id, header: c.header[lang] })),
                  sorting: state.sorting,
                  columnFilters: state.columnFilters.map((f) => ({ id: f.id, value: String(f.value ?? '') })),
                  extra: props.ruleSettings ? [[L.ruleSettings[lang], props.ruleSettings]] : [],
                  rowCount,
                  url: window.location.href,
                })
              }
            />
          }
        />
      )}
      {listLine && <ListLineDialog at={listLine} close={() => setListLine(null)} lang={lang} />}
    </div>
  );
}
