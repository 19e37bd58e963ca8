import type { ReactNode } from 'react';
import type { IndicatorRecord } from '../../contract/tables';
import { formatMoney, formatRate, formatScore } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { FormRecord } from './drilldownQueries';
import { indicatorKey, type FlaggedCells, type FormCell, type IndicatorCell } from './flagCells';

const L = {
  title: { zh: '项目支出绩效自评表', en: 'Project expenditure performance self-evaluation' },
  project: { zh: '项目名称', en: 'Project' },
  department: { zh: '主管部门', en: 'Department' },
  unit: { zh: '实施单位', en: 'Implementing unit' },
  funds: { zh: '项目资金（万元）', en: 'Funds (10k CNY)' },
  fundsRow: { zh: '年度资金总额', en: 'Total funds' },
  initial: { zh: '年初预算数', en: 'Initial budget' },
  fullYear: { zh: '全年预算数', en: 'Full-year budget' },
  executed: { zh: '全年执行数', en: 'Executed' },
  weight: { zh: '分值', en: 'Weight' },
  rate: { zh: '执行率', en: 'Rate' },
  score: { zh: '得分', en: 'Score' },
  level1: { zh: '一级指标', en: 'Level 1' },
  level2: { zh: '二级指标', en: 'Level 2' },
  level3: { zh: '三级指标', en: 'Indicator' },
  target: { zh: '年度指标值', en: 'Target' },
  actual: { zh: '实际完成值', en: 'Actual' },
  note: { zh: '偏差原因分析及改进措施', en: 'Deviation and remedy' },
  total: { zh: '总分', en: 'Total' },
  grade: { zh: '评分等级', en: 'Grade' },
  noIndicators: { zh: '（本表没有绩效指标）', en: '(no indicators on this form)' },
  computed: { zh: '计算值', en: 'computed' },
  printed: { zh: '表上填报', en: 'printed' },
  asPrinted: { zh: '（按填报）', en: '(as printed)' },
};

interface Props {
  record: FormRecord;
  flagged: FlaggedCells;
  lang: Lang;
  selected: number | null;
  onSelect: (indicatorIndex: number) => void;
}

/** Rows each first cell of a run of equal keys spans (0 for the rest), as the printed form merges 一级/二级 cells. */
function spans(keys: readonly string[]): number[] {
  const out = new Array<number>(keys.length).fill(0);
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i === keys.length || keys[i] !== keys[start]) {
      out[start] = i - start;
      start = i;
    }
  }
  return out;
}

/** Run number of each row's 一级 value, so a 二级 run never crosses into another 一级 block. */
function runIds(values: readonly (string | null)[]): number[] {
  let run = 0;
  return values.map((v, i) => (i > 0 && v !== values[i - 1] ? ++run : run));
}

/** The self-evaluation reconstructed as the familiar 自评表, with flagged cells marked. */
export function EvaluationForm({ record, flagged, lang, selected, onSelect }: Props) {
  const e = record.evaluation;
  const mark = (cell: FormCell, content: ReactNode, className = '', colSpan = 1) => {
    const rules = flagged.form.get(cell);
    return (
      <td colSpan={colSpan > 1 ? colSpan : undefined} className={`${className}${rules ? ' dd-flagged' : ''}`} title={rules?.join(', ')} data-cell={cell} data-flagged={rules ? 'true' : undefined}>
        {rules && <span className="dd-flag-mark" aria-label="flagged">⚑ </span>}
        {content}
      </td>
    );
  };
  const indicators = record.indicators;
  const level1Runs = runIds(indicators.map((i) => i.level1));
  const level1Spans = spans(level1Runs.map(String));
  const level2Spans = spans(indicators.map((ind, i) => `${level1Runs[i]}|${ind.level2 ?? ''}`));
  const cell = (ind: IndicatorRecord, name: IndicatorCell, content: ReactNode, className = '') => {
    const rules = flagged.indicator.get(indicatorKey(ind.indicator_index ?? 0, name));
    return (
      <td className={`${className}${rules ? ' dd-flagged' : ''}`} title={rules?.join(', ')} data-cell={name} data-flagged={rules ? 'true' : undefined}>
        {rules && <span className="dd-flag-mark" aria-label="flagged">⚑ </span>}
        {content}
      </td>
    );
  };
  return (
    <table className="dd-form" data-testid="evaluation-form">
      <caption>
        {L.title[lang]}（{e.year ?? '—'}）
      </caption>
      <tbody>
        <tr>
          <th>{L.project[lang]}</th>
          {/* The name as printed (the title above is the name every view shows). */}
          {mark('project', e.project_raw ?? e.project ?? '—', 'dd-wide', 7)}
        </tr>
        <tr>
          <th>{L.department[lang]}</th>
          <td className="dd-wide" colSpan={7}>{[e.department_code, e.department].filter(Boolean).join('-') || '—'}</td>
        </tr>
        <tr>
          <th>{L.unit[lang]}</th>
          <td className="dd-wide" colSpan={7}>{e.implementing_unit ?? '—'}</td>
        </tr>
      </tbody>
      <tbody className="dd-funds">
        <tr>
          <th>{L.funds[lang]}</th>
          <th>{L.initial[lang]}</th>
          <th>{L.fullYear[lang]}</th>
          <th>{L.executed[lang]}</th>
          <th>{L.weight[lang]}</th>
          <th>{L.rate[lang]}</th>
          <th colSpan={2}>{L.score[lang]}</th>
        </tr>
        <tr>
          <th>{L.fundsRow[lang]}</th>
          {mark('budget_initial', formatMoney(e.budget_initial), 'num')}
          {mark('budget_full_year', formatMoney(e.budget_full_year), 'num')}
          {mark('executed', formatMoney(e.executed), 'num')}
          {mark('execution_weight', formatScore(e.execution_weight), 'num')}
          {mark(
            'execution_rate',
            <>
              {formatRate(record.display.rate)}
              {record.display.rate_differs && (
                <span className="dd-computed rate-printed" data-printed-rate={formatRate(e.execution_rate_reported)}>
                  {L.printed[lang]} {e.execution_rate_raw ?? formatRate(e.execution_rate_reported)}
                </span>
              )}
              {record.display.rate_basis === 'printed' && <span className="dd-computed">{L.asPrinted[lang]}</span>}
            </>,
            'num',
          )}
          {mark('execution_score', formatScore(e.execution_score), 'num', 2)}
        </tr>
      </tbody>
      <tbody className="dd-indicators">
        <tr>
          <th>{L.level1[lang]}</th>
          <th>{L.level2[lang]}</th>
          <th>{L.level3[lang]}</th>
          <th>{L.target[lang]}</th>
          <th>{L.actual[lang]}</th>
          <th>{L.weight[lang]}</th>
          <th>{L.score[lang]}</th>
          <th>{L.note[lang]}</th>
        </tr>
        {indicators.length === 0 && (
          <tr>
            {mark('indicators', L.noIndicators[lang], 'dd-wide', 8)}
          </tr>
        )}
        {indicators.map((ind, i) => (
          <tr
            key={ind.indicator_index}
            className={`dd-indicator${selected === ind.indicator_index ? ' dd-selected' : ''}`}
            data-indicator={ind.indicator_index}
            onClick={() => onSelect(ind.indicator_index ?? 0)}
            tabIndex={0}
            onKeyDown={(ev) => ev.key === 'Enter' && onSelect(ind.indicator_index ?? 0)}
          >
            {level1Spans[i]! > 0 && <td rowSpan={level1Spans[i]}>{ind.level1 ?? '—'}</td>}
            {level2Spans[i]! > 0 && <td rowSpan={level2Spans[i]}>{ind.level2 ?? '—'}</td>}
            {cell(ind, 'name', ind.name ?? '')}
            {cell(ind, 'target', ind.target_raw ?? '')}
            {cell(ind, 'actual', ind.actual_raw ?? '')}
            {cell(ind, 'weight', formatScore(ind.weight), 'num')}
            {cell(ind, 'score', formatScore(ind.score), 'num')}
            {cell(ind, 'deviation_note', ind.deviation_note ?? '', 'dd-note')}
          </tr>
        ))}
      </tbody>
      <tbody className="dd-total">
        <tr>
          <th colSpan={5}>{L.total[lang]}</th>
          {mark('total_weight', formatScore(e.total_weight), 'num')}
          {mark(
            'total_score',
            <>
              {formatScore(e.total_score)}
              {e.score_sum !== null && e.score_sum !== e.total_score && (
                <span className="dd-computed">
                  {L.computed[lang]} {formatScore(e.score_sum)}
                </span>
              )}
            </>,
            'num',
          )}
          <td />
        </tr>
        <tr>
          <th colSpan={5}>{L.grade[lang]}</th>
          {mark('grade', e.grade ?? '—', 'dd-grade')}
          <td colSpan={2} />
        </tr>
      </tbody>
    </table>
  );
}
