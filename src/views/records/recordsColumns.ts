import type { TableName } from '../../contract/tables';
import type { Lang, Localized } from '../../i18n/lang';
import { exportHeader } from '../../export/exportContext';
import type { ExportColumn, ExportFormat } from '../../export/exportTable';
import type { DataColumn } from '../../table/DataTable';
import type { TotalSpec } from '../../table/tableQuery';
import { formatCell, isNumericKind, type CellKind } from './cellFormats';
import { qualityCell, rateCell, reasonsText } from './recordCells';

interface RecordColumn {
  id: string;
  header: Localized;
  kind: CellKind;
  width: number;
  /** Shown until the user changes the column choice. */
  shown: boolean;
  total?: TotalSpec;
  /** Draws the cell (its text for the title and exports stays `format`'s). */
  render?: DataColumn['render'];
  /** The cell's text, instead of the kind's format. */
  format?: DataColumn['format'];
}

const c = (
  id: string,
  zh: string,
  en: string,
  kind: CellKind,
  width: number,
  shown: boolean,
  total?: TotalSpec,
  cell?: Pick<RecordColumn, 'render' | 'format'>,
): RecordColumn => ({
  id,
  header: { zh, en },
  kind,
  width,
  shown,
  ...(total ? { total } : {}),
  ...cell,
});

const SUM: TotalSpec = { kind: 'sum' };
const AVG: TotalSpec = { kind: 'avg' };

/** The Records tabs: which contract table, which columns (every contract column is offered), footer totals. */
export const RECORD_TABS = {
  evaluations: [
    c('project', '项目名称', 'Project', 'text', 240, true),
    c('quality', '数据质量', 'Data quality', 'text', 100, true, undefined, qualityCell),
    c('year', '年度', 'Year', 'year', 64, true),
    c('region', '地区', 'Region', 'text', 110, true),
    c('department', '主管部门', 'Department', 'text', 200, true),
    c('implementing_unit', '实施单位', 'Implementing unit', 'text', 180, false),
    c('budget_initial', '年初预算数', 'Initial budget', 'money', 110, true, SUM),
    c('budget_full_year', '全年预算数', 'Full-year budget', 'money', 110, true, SUM),
    c('executed', '全年执行数', 'Executed', 'money', 110, true, SUM),
    c('rate', '执行率', 'Execution rate', 'rate', 150, true, { kind: 'ratio', numerator: 'executed', denominator: 'budget_full_year' }, rateCell),
    c('execution_rate_reported', '执行率（填报）', 'Rate (printed)', 'rate', 110, false),
    c('execution_rate', '执行率（B/A 计算值）', 'Rate (B/A)', 'rate', 130, false),
    c('execution_rate_raw', '执行率原文', 'Rate (as printed)', 'text', 100, false),
    c('execution_weight', '执行分值', 'Exec. weight', 'score', 80, false),
    c('execution_score', '执行得分', 'Exec. score', 'score', 80, false, AVG),
    c('total_weight', '总分值', 'Total weight', 'score', 80, false),
    c('total_score', '自评总分', 'Total score', 'score', 90, true, AVG),
    c('score_sum', '得分合计（计算）', 'Score sum (computed)', 'score', 120, false, AVG),
    c('grade', '评分等级', 'Grade', 'text', 70, true),
    c('indicator_count', '指标数', 'Indicators', 'int', 70, true, SUM),
    c('department_code', '部门编码', 'Dept. code', 'text', 80, false),
    c('project_raw', '项目名称原文', 'Project (as printed)', 'text', 200, false),
    c('quality_reasons', '数据质量原因', 'Quality reasons', 'list', 220, false, undefined, { format: reasonsText }),
    c('warnings', '解析提示', 'Parse warnings', 'list', 160, false),
    c('source_file', '来源文件', 'Source file', 'text', 200, false),
    c('form_index', '表序号', 'Form #', 'int', 64, false),
    c('line_start', '起始行', 'First line', 'int', 70, false),
    c('line_end', '结束行', 'Last line', 'int', 70, false),
    c('eval_id', '表编号', 'Form id', 'text', 220, false),
  ],
  indicators: [
    c('eval_id', '表编号', 'Form id', 'text', 200, false),
    c('year', '年度', 'Year', 'year', 64, true),
    c('region', '地区', 'Region', 'text', 110, true),
    c('department', '主管部门', 'Department', 'text', 180, true),
    c('indicator_index', '序号', '#', 'int', 50, false),
    c('level1', '一级指标', 'Level 1', 'text', 100, true),
    c('level2', '二级指标', 'Level 2', 'text', 120, true),
    c('name', '三级指标', 'Indicator', 'text', 220, true),
    c('target_raw', '年度指标值', 'Target', 'text', 130, true),
    c('actual_raw', '实际完成值', 'Actual', 'text', 130, true),
    c('target_op', '目标运算符', 'Target op', 'text', 70, false),
    c('target_value', '目标数值', 'Target value', 'score', 90, false),
    c('target_unit', '目标单位', 'Target unit', 'text', 70, false),
    c('actual_value', '实际数值', 'Actual value', 'score', 90, false),
    c('actual_unit', '实际单位', 'Actual unit', 'text', 70, false),
    c('actual_kind', '实际值类型', 'Actual kind', 'text', 90, true),
    c('weight', '分值', 'Weight', 'score', 70, true, SUM),
    c('score', '得分', 'Score', 'score', 70, true, SUM),
    c('deviation_note', '偏差原因', 'Deviation note', 'text', 200, true),
    c('line', '来源行', 'Line', 'int', 64, false),
  ],
} satisfies Partial<Record<TableName, RecordColumn[]>>;

export type RecordTab = keyof typeof RECORD_TABS;

export const RECORD_TAB_TITLES: Record<RecordTab, Localized> = {
  evaluations: { zh: '自评表', en: 'Self-evaluations' },
  indicators: { zh: '绩效指标', en: 'Indicators' },
};

const TOTAL_NOTES: Record<TotalSpec['kind'], Localized> = {
  sum: { zh: '合计', en: 'Σ' },
  avg: { zh: '均值', en: 'avg' },
  ratio: { zh: '加权', en: 'wtd' },
};

export function dataColumns(tab: RecordTab): DataColumn[] {
  return RECORD_TABS[tab].map((col) => ({
    id: col.id,
    header: col.header,
    numeric: isNumericKind(col.kind),
    width: col.width,
    format: col.format ?? ((value, lang) => formatCell(col.kind, value, lang)),
    ...(col.render ? { render: col.render } : {}),
    ...(col.total ? { totalNote: TOTAL_NOTES[col.total.kind] } : {}),
  }));
}

export function footerTotals(tab: RecordTab): Record<string, TotalSpec> {
  return Object.fromEntries(RECORD_TABS[tab].flatMap((col) => (col.total ? [[col.id, col.total]] : [])));
}

export function defaultVisibility(tab: RecordTab): Record<string, boolean> {
  return Object.fromEntries(RECORD_TABS[tab].map((col) => [col.id, col.shown]));
}

const EXPORT_FORMATS: Partial<Record<CellKind, ExportFormat>> = { money: 'money', rate: 'rate', score: 'score', int: 'int', year: 'year' };

/** The shown columns as exported: headers in the UI's language (amounts with their unit), number formats, total kinds. */
export function exportColumns(tab: RecordTab, visibility: Record<string, boolean>, lang: Lang): ExportColumn[] {
  return RECORD_TABS[tab]
    .filter((col) => visibility[col.id] !== false)
    .map((col) => {
      const format = EXPORT_FORMATS[col.kind];
      return {
        id: col.id,
        header: exportHeader(col.header[lang], format, lang),
        ...(format ? { format } : {}),
        ...(col.total ? { total: col.total.kind } : {}),
        ...(col.format && !format ? { text: (value: unknown) => col.format!(value, lang) } : {}),
      };
    });
}
