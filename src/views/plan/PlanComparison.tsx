import { Fragment, useEffect, useMemo, useState } from 'react';
import type { SqlConnection } from '../../db/connection';
import { formatMoney, formatRate } from '../../i18n/format';
import type { Lang, Localized } from '../../i18n/lang';
import { SourcePanel } from '../drilldown/SourcePanel';
import { SEVERITY_LABELS } from '../../findings/severity';
import { loadPlanComparison, planThresholds, type PlanComparison as Comparison, type PlanRow, type PlanSection, type TargetChange } from './planQueries';
import './plan.css';

const L = {
  loading: { zh: '正在对照公开的绩效目标表…', en: 'Comparing with the published target table…' },
  noLink: {
    zh: '这张自评表没有关联到公开的绩效目标表（同年度、同地区、同部门中没有名称相近或年度资金总额相同的目标表）。',
    en: 'No published target table is linked to this self-evaluation (none of the same year, region and department has a similar name or the same annual funds).',
  },
  plan: { zh: '公开的绩效目标表', en: 'Published target table' },
  evaluation: { zh: '自评表', en: 'Self-evaluation' },
  lines: { zh: '行', en: 'lines' },
  showSource: { zh: '看原文', en: 'Source' },
  link: { zh: '关联依据', en: 'Linked by' },
  basis: {
    'name+budget': { zh: '名称相近且资金相同', en: 'similar name and equal funds' },
    name: { zh: '名称相近', en: 'similar name' },
    budget: { zh: '资金相同', en: 'equal funds' },
  } as Record<string, Localized>,
  nameSimilarity: { zh: '名称相似度', en: 'name similarity' },
  funds: { zh: '资金（万元）', en: 'Funds (10k CNY)' },
  item: { zh: '项目', en: 'Item' },
  difference: { zh: '差额', en: 'Difference' },
  planTotal: { zh: '年度资金总额 ↔ 年初预算数', en: 'Annual funds ↔ initial budget' },
  fiscal: { zh: '其中：财政拨款', en: 'of which fiscal' },
  fullYear: { zh: '全年预算数（年中调整后）', en: 'Full-year budget (after in-year changes)' },
  executed: { zh: '全年执行数（执行率）', en: 'Executed (rate)' },
  vsInitial: { zh: '较年初', en: 'vs initial' },
  budgetChanged: { zh: '与公开目标表不符', en: 'differs from the published table' },
  budgetAdjusted: { zh: '年中调整', en: 'adjusted in the year' },
  level: { zh: '一级 / 二级指标', en: 'Level 1 / 2' },
  indicator: { zh: '三级指标', en: 'Indicator' },
  target: { zh: '指标值', en: 'Target' },
  actual: { zh: '实际完成值', en: 'Actual' },
  line: { zh: '行', en: 'Line' },
  pairing: { zh: '对应（相似度）', en: 'Paired (similarity)' },
  change: { zh: '目标变化', en: 'Target change' },
  finding: { zh: '线索', en: 'Finding' },
  sections: {
    paired: { zh: '两表都有的指标（同名或改名）', en: 'Indicators in both (same name or renamed)' },
    removed: { zh: '自评表删去的指标（目标表有、自评表无）', en: 'Dropped by the self-evaluation (in the target table only)' },
    added: { zh: '自评表新增的指标（目标表无）', en: 'Added by the self-evaluation (not in the target table)' },
  } satisfies Record<PlanSection, Localized>,
  same: { zh: '同名', en: 'same name' },
  renamed: { zh: '改名', en: 'renamed' },
  sameLevel: { zh: '同一二级指标', en: 'same level 2' },
  changes: {
    same: { zh: '不变', en: 'unchanged' },
    word: { zh: '放宽：数值目标换成了文字', en: 'loosened: a figure became a word' },
    lower: { zh: '放宽：下限降低', en: 'loosened: floor lowered' },
    higher: { zh: '放宽：上限提高', en: 'loosened: ceiling raised' },
    tighter: { zh: '提高', en: 'tightened' },
    changed: { zh: '措辞不同', en: 'worded differently' },
  } satisfies Record<TargetChange, Localized>,
  none: { zh: '（无）', en: '(none)' },
  summary: {
    zh: (p: number, r: number, d: number, a: number, l: number) => `指标：两表都有 ${p} 项（其中改名 ${r} 项）· 删去 ${d} 项 · 新增 ${a} 项 · 目标放宽 ${l} 项`,
    en: (p: number, r: number, d: number, a: number, l: number) => `Indicators: ${p} in both (${r} renamed) · ${d} dropped · ${a} added · ${l} loosened`,
  },
  thresholds: {
    zh: (a: number, b: number) => `配对规则（与风险线索相同）：名称相似度 ≥ ${a}，或同一二级指标下 ≥ ${b}；相似度为名称字符二元组的 Dice 系数。`,
    en: (a: number, b: number) => `Pairing (as the findings): name similarity ≥ ${a}, or ≥ ${b} under the same level-2 category; similarity is the Dice coefficient of the names' character bigrams.`,
  },
  sourcePlan: { zh: '目标表原文', en: 'Target table source' },
  sourceEval: { zh: '自评表原文', en: 'Self-evaluation source' },
};

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; comparison: Comparison | null };

const text = (v: string | null | undefined) => v ?? '—';
const similarityText = (v: number | null) => (v === null ? '—' : v.toFixed(2));

interface Props {
  conn: SqlConnection;
  evalId: string;
  lang: Lang;
  ruleSettings: string;
  dataVersion: number;
}

/** A row's key (stable across renders): its section and indexes. */
const rowKey = (r: PlanRow) => `${r.section}:${r.t_index ?? ''}:${r.e_index ?? ''}`;

/**
 * 对照公开目标表: a self-evaluation beside the published 绩效目标表 it answers to, indicator by
 * indicator (the pairing of the `plan.*` rules), funds compared, both documents' source lines
 * beside it. All document text is rendered as text.
 */
export function PlanComparison({ conn, evalId, lang, ruleSettings, dataVersion }: Props) {
  const thresholds = useMemo(() => planThresholds(ruleSettings), [ruleSettings]);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    loadPlanComparison(conn, evalId, thresholds).then(
      (comparison) => live && setLoad({ status: 'ready', comparison }),
      (e: unknown) => live && setLoad({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [conn, evalId, thresholds, dataVersion]);

  if (load.status === 'loading') return <p className="dd-muted">{L.loading[lang]}</p>;
  if (load.status === 'error') return <p className="query-error" role="alert">{load.message}</p>;
  const c = load.comparison;
  if (!c || !c.head.target_table_id) return <p className="dd-muted" data-testid="plan-no-link">{L.noLink[lang]}</p>;
  const h = c.head;
  const rows = c.rows;
  const selectedRow = rows.find((r) => rowKey(r) === selected) ?? null;
  const n = c.summary;
  const planFlagged = new Set(rows.filter((r) => r.section === 'removed' || r.loosened).flatMap((r) => (r.t_line === null ? [] : [r.t_line])));
  const evalFlagged = new Set(rows.filter((r) => r.section === 'added' || r.loosened).flatMap((r) => (r.e_line === null ? [] : [r.e_line])));

  const lineButton = (line: number | null, r: PlanRow, side: 'plan' | 'eval') =>
    line === null ? (
      ''
    ) : (
      <button
        type="button"
        className="dd-link"
        data-line-link={side}
        title={`${side === 'plan' ? L.sourcePlan[lang] : L.sourceEval[lang]} ${line}`}
        onClick={(ev) => {
          ev.stopPropagation();
          setSelected(rowKey(r));
        }}
      >
        {line}
      </button>
    );

  return (
    <div className="plan" data-testid="plan-comparison">
      <div className="plan-main">
        <div className="plan-docs">
          <div className="plan-doc" data-testid="plan-doc-target">
            <span className="plan-doc-kind">{L.plan[lang]}</span>
            <strong>{text(h.target_project)}</strong>
            <span className="dd-muted">
              <code>{h.target_source_file}</code> · {L.lines[lang]} {h.target_line_start}–{h.target_line_end}
            </span>
          </div>
          <div className="plan-doc" data-testid="plan-doc-eval">
            <span className="plan-doc-kind">{L.evaluation[lang]}</span>
            <strong>{text(h.project ?? h.project_raw)}</strong>
            <span className="dd-muted">
              <code>{h.eval_source_file}</code> · {L.lines[lang]} {h.eval_line_start}–{h.eval_line_end}
            </span>
          </div>
          <p className="dd-muted plan-link">
            {L.link[lang]}: {L.basis[h.link_basis ?? '']?.[lang] ?? h.link_basis}, {L.nameSimilarity[lang]} {similarityText(h.link_similarity)}
          </p>
        </div>

        <table className="plan-table plan-budget" data-testid="plan-budget">
          <thead>
            <tr>
              <th>{L.funds[lang]}</th>
              <th className="num">{L.plan[lang]}</th>
              <th className="num">{L.evaluation[lang]}</th>
              <th className="num">{L.difference[lang]}</th>
            </tr>
          </thead>
          <tbody>
            <tr className={h.plan_budget_changed ? 'plan-hl' : ''} data-budget="plan-vs-initial" data-changed={h.plan_budget_changed ? 'true' : 'false'}>
              <td>{L.planTotal[lang]}</td>
              <td className="num">{formatMoney(h.budget_total)}</td>
              <td className="num">{formatMoney(h.budget_initial)}</td>
              <td className="num">
                {signed(h.plan_vs_initial)}
                {h.plan_budget_changed && <span className="plan-tag plan-tag-warn">{L.budgetChanged[lang]}</span>}
              </td>
            </tr>
            <tr>
              <td>{L.fiscal[lang]}</td>
              <td className="num">{formatMoney(h.budget_fiscal)}</td>
              <td className="num">—</td>
              <td />
            </tr>
            <tr className={h.budget_adjusted ? 'plan-hl' : ''} data-budget="adjusted" data-changed={h.budget_adjusted ? 'true' : 'false'}>
              <td>{L.fullYear[lang]}</td>
              <td className="num">—</td>
              <td className="num">{formatMoney(h.budget_full_year)}</td>
              <td className="num">
                {L.vsInitial[lang]} {signed(h.adjusted)}
                {h.budget_adjusted && <span className="plan-tag plan-tag-warn">{L.budgetAdjusted[lang]}</span>}
              </td>
            </tr>
            <tr>
              <td>{L.executed[lang]}</td>
              <td className="num">—</td>
              <td className="num">{formatMoney(h.executed)}</td>
              <td className="num">{h.execution_rate === null ? '—' : formatRate(h.execution_rate)}</td>
            </tr>
          </tbody>
        </table>

        <p className="plan-summary" data-testid="plan-summary">
          {L.summary[lang](n.paired, n.renamed, n.removed, n.added, n.loosened)}
        </p>
        <p className="dd-muted plan-note">{L.thresholds[lang](thresholds.minSimilarity, thresholds.minSimilaritySameLevel)}</p>

        <table className="plan-table plan-indicators" data-testid="plan-indicators">
          <thead>
            <tr>
              <th rowSpan={2}>{L.level[lang]}</th>
              <th colSpan={3} className="plan-side">{L.plan[lang]}</th>
              <th rowSpan={2}>{L.pairing[lang]}</th>
              <th colSpan={4} className="plan-side">{L.evaluation[lang]}</th>
              <th rowSpan={2}>{L.change[lang]}</th>
            </tr>
            <tr>
              <th>{L.indicator[lang]}</th>
              <th>{L.target[lang]}</th>
              <th className="num">{L.line[lang]}</th>
              <th>{L.indicator[lang]}</th>
              <th>{L.target[lang]}</th>
              <th>{L.actual[lang]}</th>
              <th className="num">{L.line[lang]}</th>
            </tr>
          </thead>
          <tbody>
            {(['paired', 'removed', 'added'] as const).map((section) => {
              const list = rows.filter((r) => r.section === section);
              return (
                <Fragment key={section}>
                  <tr className="plan-section" data-section={section}>
                    <th colSpan={10}>
                      {L.sections[section][lang]} · {n[section]}
                    </th>
                  </tr>
                  {list.length === 0 && (
                    <tr>
                      <td colSpan={10} className="dd-muted">
                        {L.none[lang]}
                      </td>
                    </tr>
                  )}
                  {list.map((r) => {
                    const key = rowKey(r);
                    const classes = [
                      'plan-row',
                      `plan-${section}`,
                      r.loosened ? 'plan-loosened' : '',
                      key === selected ? 'plan-selected' : '',
                    ].filter(Boolean);
                    return (
                      <tr
                        key={key}
                        className={classes.join(' ')}
                        data-row={key}
                        data-plan-name={r.t_name ?? ''}
                        data-eval-name={r.e_name ?? ''}
                        onClick={() => setSelected(key)}
                      >
                        <td className="plan-level">
                          {text(r.t_level1 ?? r.e_level1)}
                          <span className="dd-computed">{text(r.t_level2 ?? r.e_level2)}</span>
                        </td>
                        <td className="plan-t">{section === 'added' ? '' : text(r.t_name)}</td>
                        <td className="plan-t">{section === 'added' ? '' : text(r.t_target)}</td>
                        <td className="num plan-t">{lineButton(r.t_line, r, 'plan')}</td>
                        <td className="plan-pair" data-similarity={r.similarity ?? ''}>
                          {section === 'paired' ? (
                            <>
                              <span className={`plan-tag ${r.kind === 'renamed' ? 'plan-tag-renamed' : ''}`}>{r.kind === 'renamed' ? L.renamed[lang] : L.same[lang]}</span>{' '}
                              {similarityText(r.similarity)}
                              {r.kind === 'renamed' && r.same_level && <span className="dd-computed">{L.sameLevel[lang]}</span>}
                            </>
                          ) : section === 'removed' ? (
                            '→ ✕'
                          ) : (
                            '✕ →'
                          )}
                        </td>
                        <td className="plan-e">{text(r.e_name)}</td>
                        <td className="plan-e plan-e-target">{text(r.e_target)}</td>
                        <td className="plan-e">{text(r.e_actual)}</td>
                        <td className="num plan-e">{lineButton(r.e_line, r, 'eval')}</td>
                        <td className="plan-change" data-change={r.target_change ?? section}>
                          {r.target_change && (
                            <span className={`plan-tag ${r.loosened ? 'plan-tag-warn' : r.target_change === 'tighter' ? 'plan-tag-up' : ''}`}>{L.changes[r.target_change][lang]}</span>
                          )}
                          {r.flag_id && r.flag_severity && (
                            <span className={`sev-tag sev-${r.flag_severity}`} title={r.flag_id}>
                              {L.finding[lang]} {SEVERITY_LABELS[r.flag_severity as keyof typeof SEVERITY_LABELS]?.[lang] ?? r.flag_severity}
                            </span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="plan-sources">
        <PlanSource
          testId="plan-source-target"
          title={L.sourcePlan[lang]}
          file={h.target_source_file}
          lines={[h.target_line_start, h.target_line_end]}
          focusLine={selectedRow?.t_line ?? null}
          flaggedLines={planFlagged}
          lang={lang}
        />
        <PlanSource
          testId="plan-source-eval"
          title={L.sourceEval[lang]}
          file={h.eval_source_file}
          lines={[h.eval_line_start, h.eval_line_end]}
          focusLine={selectedRow?.e_line ?? null}
          flaggedLines={evalFlagged}
          lang={lang}
        />
      </div>
    </div>
  );
}

/** One document's source lines beside the comparison (nothing when its place is unknown), the selected row's line in focus. */
function PlanSource({ testId, title, file, lines: [start, end], focusLine, flaggedLines, lang }: {
  testId: string;
  title: string;
  file: string | null;
  lines: [number | null, number | null];
  focusLine: number | null;
  flaggedLines: ReadonlySet<number>;
  lang: Lang;
}) {
  if (!file || start === null || end === null) return null;
  return (
    <div data-testid={testId}>
      <h3 className="plan-source-title">{title}</h3>
      <SourcePanel sourceFile={file} lineStart={start} lineEnd={end} focusLine={focusLine} flaggedLines={flaggedLines} lang={lang} />
    </div>
  );
}

/** A signed amount in 万元 ("+91.30", "0.00", "−1.50"). */
function signed(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '—';
  const rounded = Math.round(v * 100) / 100;
  if (rounded === 0) return '0.00';
  return rounded > 0 ? `+${formatMoney(rounded)}` : `−${formatMoney(-rounded)}`;
}
