import { AlignmentType, Document, ImageRun, LineRuleType, PageBreak, Paragraph, Tab, TabStopType, TextRun, type FileChild } from 'docx';
import { formatInt, formatMoney, formatRate, formatScore } from '../i18n/format';
import { STATUS_LABELS } from '../review/reviewStatus';
import { SCORING_PROFILES } from '../rules/profiles';
import { RULES, ruleById } from '../rules/registry';
import type { RuleSettings } from '../rules/settings';
import type { SourceLine } from '../read/text/sourceLines';
import { SEVERITY_LABELS } from '../findings/severity';
import { dataTable, type TableColumn } from './docx/dataTable';
import { EXPORT_HEADER } from '../charts/exportChart';
import { FONT, PAGE_NUMBER_FOOTER, docText, SECTION_PROPERTIES, SIZE, STYLES, TEXT_WIDTH_PX, body, caption, heading1, heading2, note, run, subtitle, title } from './docx/officialStyle';
import type { FindingKind } from './findingKinds';
import type { ReportChart } from './reportCharts';
import type { CitedForm, FindingRow, ReportData } from './reportData';

/** A cited form's source lines (null with the reason when the source could not be read). */
export interface AppendixForm {
  form: CitedForm;
  lines: SourceLine[] | null;
  error: string | null;
}

export interface ReportInput {
  data: ReportData;
  settings: RuleSettings;
  /** The filters in force, as the app names them. */
  filterSummary: string;
  /** Each chart with its PNG (data URL, drawn at twice the chart's size). */
  charts: { chart: ReportChart; png: string }[];
  appendix: AppendixForm[];
  generatedAt: Date;
}

const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const dash = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? '—' : v);
const dateZh = (d: Date) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;

/** The reviewer's status and, on the next lines, the dismissal reason and the note. */
const statusText = (r: FindingRow) => (r.review_status ? STATUS_LABELS[r.review_status].zh : '未复核');
const opinionText = (r: FindingRow) => [r.review_reason ? `排除理由：${r.review_reason}` : '', r.review_note ?? ''].filter(Boolean).join('\n');

/** A field of the finding's evidence (the JSON its rule's SQL wrote). */
function evidenceField(r: FindingRow, key: string): string {
  try {
    const value = (JSON.parse(r.evidence ?? '{}') as Record<string, unknown>)[key];
    return value === null || value === undefined ? '' : String(value);
  } catch {
    return '';
  }
}

const LOOSENING: Record<string, string> = { word: '数值目标换成文字', lower: '下限降低', higher: '上限提高' };

const REVIEW_COLUMNS: TableColumn[] = [
  { header: '复核\n状态', weight: 1.0, align: 'center' },
  { header: '复核意见', weight: 2.2 },
];

/** Each kind's table: columns and the row of a finding (evidence, then the reviewer's status and opinion). */
const KIND_TABLES: Record<FindingKind['columns'], { columns: TableColumn[]; row: (r: FindingRow) => string[] }> = {
  form: {
    columns: [
      { header: '项目', weight: 2.4 },
      { header: '全年预算\n（万元）', weight: 1.3, align: 'right' },
      { header: '执行数\n（万元）', weight: 1.3, align: 'right' },
      { header: '执行率', weight: 1.3, align: 'right' },
      { header: '自评\n总分', weight: 1.0, align: 'right' },
      { header: '线索说明', weight: 3.0 },
    ],
    row: (r) => [dash(r.project), formatMoney(r.budget_full_year), formatMoney(r.executed), formatRate(r.rate), formatScore(r.total_score), r.message_zh],
  },
  indicator: {
    columns: [
      { header: '项目', weight: 2.2 },
      { header: '指标', weight: 2.0 },
      { header: '年度指标值', weight: 1.3 },
      { header: '实际完成值', weight: 1.3 },
      { header: '分值', weight: 0.8, align: 'right' },
      { header: '得分', weight: 0.8, align: 'right' },
    ],
    row: (r) => [dash(r.project), dash(r.indicator), dash(r.target_raw), dash(r.actual_raw), formatScore(r.weight), formatScore(r.score)],
  },
  loosened: {
    columns: [
      { header: '项目', weight: 2.2 },
      { header: '指标', weight: 2.0 },
      { header: '公开目标', weight: 1.4 },
      { header: '自评目标', weight: 1.4 },
      { header: '放宽方式', weight: 1.2 },
    ],
    row: (r) => [dash(r.project), dash(r.indicator), dash(evidenceField(r, 'published_target')), dash(r.evaluated_target ?? evidenceField(r, 'evaluated_target')), LOOSENING[evidenceField(r, 'loosening')] ?? '—'],
  },
  message: {
    columns: [
      { header: '项目', weight: 2.3 },
      { header: '问题类型', weight: 1.7 },
      { header: '线索说明', weight: 4.2 },
    ],
    row: (r) => [dash(r.project), ruleById(r.rule_id)?.title.zh ?? r.rule_id, r.message_zh],
  },
};

/** 表N: numbered tables and figures, in order. */
class Numbering {
  private tables = 0;
  table = (text: string) => caption(`表${++this.tables} ${text}`);
}

function findingTable(kind: FindingKind, rows: readonly FindingRow[]): FileChild {
  const spec = KIND_TABLES[kind.columns];
  const columns = [{ header: '序号', weight: 0.55, align: 'center' as const }, ...spec.columns, ...REVIEW_COLUMNS];
  return dataTable(
    columns,
    rows.map((r, i) => [String(i + 1), ...spec.row(r), statusText(r), opinionText(r)]),
  );
}

function chartImage(chart: { chart: ReportChart; png: string }): FileChild[] {
  const width = TEXT_WIDTH_PX;
  const height = Math.round(((chart.chart.height + EXPORT_HEADER) / chart.chart.width) * width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120 },
      children: [new ImageRun({ type: 'png', data: chart.png, transformation: { width, height }, altText: { name: chart.chart.id, title: chart.chart.title, description: chart.chart.title } })],
    }),
    caption(chart.chart.title),
  ];
}

function scopeSection(input: ReportInput, n: Numbering): FileChild[] {
  const { totals, documents } = input.data;
  const targetTables = totals.target_tables;
  return [
    heading1('一、复核范围'),
    body(
      `本次复核的对象为${dash(totals.regions)}${dash(totals.years)}年度${dash(totals.department_names)}公开的项目支出绩效自评表，共 ${formatInt(totals.projects)} 个项目、${formatInt(totals.departments)} 个主管部门，` +
        `年初预算 ${formatMoney(totals.budget_initial)} 万元，全年预算 ${formatMoney(totals.budget_full_year)} 万元，全年执行 ${formatMoney(totals.executed)} 万元` +
        (targetTables > 0 ? `；另对照同期公开的项目支出绩效目标表 ${formatInt(targetTables)} 份。` : '。'),
    ),
    body(`筛选条件：${input.filterSummary}。所依据的文件如下表（各文件的完整 SHA-256 校验值见审计工作底稿）。`),
    n.table('复核所依据的文件'),
    dataTable(
      [
        { header: '文件', weight: 3.1 },
        { header: '部门', weight: 2.6 },
        { header: '年度', weight: 0.7, align: 'center' },
        { header: '自评表', weight: 0.8, align: 'right' },
        { header: '目标表', weight: 0.8, align: 'right' },
        { header: '行数', weight: 0.8, align: 'right' },
        { header: 'SHA-256\n（前12位）', weight: 1.6 },
      ],
      documents.map((d) => [d.source_file, dash(d.departments), dash(d.years), formatInt(d.evaluations), formatInt(d.target_tables), formatInt(d.lines), d.sha256 ? d.sha256.slice(0, 12) : '—']),
    ),
  ];
}

function methodSection(input: ReportInput, n: Numbering): FileChild[] {
  const s = input.settings;
  const enabled = RULES.filter((r) => !s.disabledRules.includes(r.id));
  const profile = (id: string) => SCORING_PROFILES.find((p) => p.id === id);
  const regional = Object.entries(s.regionProfiles).map(([region, id]) => `${region}采用「${profile(id)?.name.zh ?? id}」`);
  const bands = ['calc.grade.excellent', 'calc.grade.good', 'calc.grade.fair'].map((k) => s.params[k]);
  return [
    heading1('二、复核方法'),
    body(
      `依据《项目支出绩效评价管理办法》（财预〔2020〕10号），将自评表逐表解析为结构化数据后，以 ${enabled.length} 条审核规则对全部表格进行核查；每个数字均由对数据表执行的 SQL 查询得出，每条线索可追溯至原文的文件和行号。复核人员对线索逐条核实，标注“已确认”“已排除（注明理由）”或“待核实”。`,
    ),
    body(
      `预算执行得分的计分口径：默认采用「${profile(s.defaultProfile)?.name.zh ?? s.defaultProfile}」（${profile(s.defaultProfile)?.formula.zh ?? ''}）${regional.length ? `，其中${regional.join('，')}` : ''}。` +
        `绩效指标按计分规则重算：完成目标得满分，正向指标未完成按“实际值/目标值×分值”，反向指标按“(1−(实际值−目标值)/目标值)×分值”计分；无法量化比较的指标按表中得分计。` +
        `评价等级：总分 ${bands[0]} 分（含）以上为优，${bands[1]}（含）—${bands[0]} 分为良，${bands[2]}（含）—${bands[1]} 分为中，${bands[2]} 分以下为差；表中未填等级的按总分判定。加权执行率为全年执行数之和除以全年预算数之和（两项均有数据的项目）。`,
    ),
    n.table('审核规则及阈值'),
    dataTable(
      [
        { header: '规则', weight: 3.4 },
        { header: '最高等级', weight: 0.9, align: 'center' },
        { header: '阈值（本次采用）', weight: 3.6 },
      ],
      enabled.map((r) => [
        `${r.title.zh}\n${r.id}`,
        SEVERITY_LABELS[r.severity].zh,
        r.params.length ? r.params.map((p) => `${p.label.zh} ${s.params[p.key] ?? p.default}${p.unit}${(s.params[p.key] ?? p.default) !== p.default ? `（默认 ${p.default}${p.unit}）` : ''}`).join('\n') : '—',
      ]),
    ),
    ...(s.disabledRules.length ? [note(`本次未启用的规则：${s.disabledRules.map((id) => `${ruleById(id)?.title.zh ?? id}（${id}）`).join('、')}。`)] : []),
  ];
}

function resultsSection(input: ReportInput, n: Numbering): FileChild[] {
  const { totals, grades, scoreSummary, scoreVsFormula } = input.data;
  const chart = (id: ReportChart['id']) => input.charts.filter((c) => c.chart.id === id).flatMap(chartImage);
  const ungraded = totals.ungraded;
  const gaps = scoreVsFormula.filter((r) => Math.abs(r.difference) >= 0.5);
  return [
    heading1('三、总体情况'),
    heading2('（一）预算执行'),
    body(
      `${formatInt(totals.projects)} 个项目全年预算 ${formatMoney(totals.budget_full_year)} 万元，全年执行 ${formatMoney(totals.executed)} 万元，加权执行率 ${formatRate(totals.weighted_rate)}。各项目执行率分布见图1。`,
    ),
    ...chart('rate_histogram'),
    heading2('（二）自评等级'),
    body(
      `${grades.map((g) => `${g.grade} ${formatInt(g.projects)} 个`).join('，')}${ungraded > 0 ? `，未评分 ${formatInt(ungraded)} 个` : ''}；自评平均分 ${formatScore(totals.mean_self_score)} 分。`,
    ),
    n.table('自评等级分布'),
    dataTable(
      [
        { header: '等级', weight: 1, align: 'center' },
        { header: '项目数', weight: 1.2, align: 'right' },
        { header: '其中表内填报等级', weight: 1.8, align: 'right' },
        { header: '全年预算（万元）', weight: 1.8, align: 'right' },
      ],
      grades.map((g) => [g.grade, formatInt(g.projects), formatInt(g.printed), formatMoney(g.budget_full_year)]),
    ),
    ...chart('grades'),
    heading2('（三）自评得分与按计分规则重算的得分'),
    body(
      `有总分的 ${formatInt(scoreSummary.forms)} 个项目，自评平均 ${formatScore(scoreSummary.mean_self_score)} 分，按计分规则重算平均 ${formatScore(scoreSummary.mean_formula_score)} 分` +
        `（${formatInt(scoreSummary.indicators)} 项指标中 ${formatInt(scoreSummary.checked_indicators)} 项可按公式重算）；自评高于重算 0.5 分以上的项目 ${formatInt(scoreSummary.above_formula)} 个。` +
        (gaps.length ? '相差 0.5 分以上的项目如下表。' : ''),
    ),
    ...(gaps.length
      ? [
          n.table('自评总分与重算得分相差 0.5 分以上的项目'),
          dataTable(
            [
              { header: '项目', weight: 3.2 },
              { header: '年度', weight: 0.8, align: 'center' },
              { header: '自评总分', weight: 1.1, align: 'right' },
              { header: '重算得分', weight: 1.1, align: 'right' },
              { header: '差额', weight: 1.0, align: 'right' },
              { header: '可重算指标', weight: 1.2, align: 'right' },
            ],
            gaps.map((r) => [r.project, String(r.year ?? '—'), formatScore(r.self_score), formatScore(r.formula_score), formatScore(r.difference), `${r.checked}/${r.indicators}`]),
          ),
        ]
      : []),
    ...chart('score_vs_formula'),
  ];
}

function findingsSection(input: ReportInput, n: Numbering): FileChild[] {
  const { findingsByRule, findingTotals, kinds } = input.data;
  const t = findingTotals;
  const out: FileChild[] = [
    heading1('四、发现的主要问题'),
    body(
      `审核规则共提示线索 ${t.findings} 条（高 ${t.high} 条、中 ${t.medium} 条、低 ${t.low} 条）。经复核，已确认 ${t.confirmed} 条，已排除 ${t.dismissed} 条，待核实 ${t.to_verify} 条，尚未复核 ${t.unreviewed} 条。各规则的线索数和复核状态见表和图4，主要问题分类列示如下。`,
    ),
    n.table('各规则线索数及复核状态'),
    dataTable(
      [
        { header: '规则', weight: 3.4 },
        { header: '线索', weight: 0.8, align: 'right' },
        { header: '高/中/低', weight: 1.3, align: 'center' },
        { header: '已确认', weight: 0.9, align: 'right' },
        { header: '已排除', weight: 0.9, align: 'right' },
        { header: '待核实', weight: 0.9, align: 'right' },
        { header: '未复核', weight: 0.9, align: 'right' },
      ],
      findingsByRule.map((r) => [
        `${ruleById(r.rule_id)?.title.zh ?? r.rule_id}\n${r.rule_id}`,
        formatInt(r.findings),
        `${r.high}/${r.medium}/${r.low}`,
        formatInt(r.confirmed),
        formatInt(r.dismissed),
        formatInt(r.to_verify),
        formatInt(r.unreviewed),
      ]),
    ),
    ...input.charts.filter((c) => c.chart.id === 'findings_by_rule').flatMap(chartImage),
  ];
  kinds.forEach(({ kind, rows }, i) => {
    out.push(heading2(`（${CN_NUMBERS[i]}）${kind.title.zh}`));
    if (rows.length === 0) {
      out.push(body(`${kind.lead.zh}本次复核范围内未发现此类问题。`));
      return;
    }
    out.push(body(`${kind.lead.zh}共 ${rows.length} 条，详见下表。`), n.table(kind.title.zh), findingTable(kind, rows));
  });
  return out;
}

function conclusionSection(input: ReportInput): FileChild[] {
  const confirmed = input.data.kindCounts
    .filter((k) => k.confirmed > 0)
    .map((k) => [input.data.kinds.find((x) => x.kind.id === k.kind)!.kind, k.confirmed] as const);
  return [
    heading1('五、复核意见'),
    body(
      confirmed.length
        ? `经复核确认的问题：${confirmed.map(([kind, c]) => `${kind.title.zh} ${c} 条`).join('，')}。建议相关部门对已确认问题逐项说明原因并整改，对待核实线索补充佐证材料；自评结果与实际情况不符的，按规定调整自评结果。`
        : '本次复核尚无确认的问题。建议相关部门对待核实线索补充佐证材料后再行复核。',
    ),
    new Paragraph({ spacing: { before: 560 }, alignment: AlignmentType.RIGHT, children: [run('复核人：　　　　　　　　', FONT.fangsong, SIZE.san)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(dateZh(input.generatedAt), FONT.fangsong, SIZE.san)] }),
  ];
}

/** One source line: its number right-aligned at a tab stop, its text (tabs as four spaces; 宋体 小五, single-spaced). */
const sourceLine = (line: SourceLine) =>
  new Paragraph({
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
    tabStops: [{ type: TabStopType.RIGHT, position: 600 }, { type: TabStopType.LEFT, position: 760 }],
    indent: { left: 760, hanging: 760 },
    children: [
      new TextRun({ children: [new Tab(), String(line.line), new Tab()], font: { ascii: FONT.latin, hAnsi: FONT.latin }, size: SIZE.liu, color: '666666' }),
      run(line.text.replaceAll('\t', '    '), FONT.song, SIZE.xiaowu),
    ],
  });

function appendixSection(input: ReportInput): FileChild[] {
  if (input.appendix.length === 0) return [];
  const out: FileChild[] = [
    new Paragraph({ children: [new PageBreak()] }),
    heading1('附件：所引表格的原文'),
    body('下列为上文表格所引各自评表（及对照的绩效目标表）在原文件中的行，行号为原文件的行号，空行从略。'),
  ];
  input.appendix.forEach(({ form, lines, error }, i) => {
    out.push(
      heading2(`${i + 1}. ${form.project}（${form.form_kind}）`),
      note(`${form.source_file} 第 ${form.line_start ?? '—'}–${form.line_end ?? '—'} 行 · SHA-256 ${form.sha256 ?? '—'}`),
    );
    if (form.review_status) {
      const opinion = [form.review_reason ? `排除理由：${form.review_reason}` : '', form.review_note ?? ''].filter(Boolean).join('；');
      out.push(note(`对本表的复核意见：${STATUS_LABELS[form.review_status].zh}${opinion ? `。${opinion}` : ''}`));
    }
    if (lines) out.push(...lines.filter((l) => l.text.trim() !== '').map(sourceLine));
    else out.push(note(`原文未能读取：${error ?? ''}`));
  });
  return out;
}

/** The review report (复核报告) as a Word document: every figure from `input.data`, i.e. from the report's SQL. */
export function reportDocument(input: ReportInput): Document {
  const n = new Numbering();
  const { totals } = input.data;
  return new Document({
    creator: 'EvalLens 绩效透视',
    title: '项目支出绩效自评抽查复核报告',
    description: docText(`筛选条件：${input.filterSummary}`),
    styles: STYLES,
    sections: [
      {
        properties: SECTION_PROPERTIES,
        footers: { default: PAGE_NUMBER_FOOTER },
        children: [
          title('项目支出绩效自评抽查复核报告'),
          subtitle(`（${dash(totals.regions)} · ${dash(totals.years)}年度）`),
          ...scopeSection(input, n),
          ...methodSection(input, n),
          ...resultsSection(input, n),
          ...findingsSection(input, n),
          ...conclusionSection(input),
          ...appendixSection(input),
        ],
      },
    ],
  });
}
