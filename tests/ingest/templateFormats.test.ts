/**
 * The other templates of the 财政部 family, each written by hand as a web page with the merges an office
 * suite makes and turned into Word (.docx, .doc), Excel (.xlsx, .xls) and PDF by LibreOffice, printed to PDF
 * by Chromium, and its workbook, ruled and fitted to the page, printed to PDF by Calc
 * (tests/fixtures/formats/make-fixtures.sh): every format gives the head, funds and indicators the form
 * prints, and the same contract rows as the web page (only where each came from differs).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocument, type IngestedDocument } from '../../src/ingest/ingestDocument';

const EXTENSIONS = ['html', 'docx', 'doc', 'xml.doc', 'flat.xml', 'xlsx', 'xls', 'pdf', 'chrome.pdf', 'sheet.pdf'] as const;

const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url)));

/** Every format of one hand-written form, ingested. */
async function ingestAll(stem: string): Promise<{ name: string; doc: IngestedDocument }[]> {
  return Promise.all(EXTENSIONS.map(async (ext) => ({ name: `${stem}.${ext}`, doc: await ingestDocument(bytes(`${stem}.${ext}`), `${stem}.${ext}`) })));
}

/** A row without the columns that say where it came from. */
function content(row: object): Record<string, unknown> {
  const where = new Set(['eval_id', 'target_table_id', 'source_file', 'line', 'line_start', 'line_end', 'source_ref']);
  return Object.fromEntries(Object.entries(row).filter(([column]) => !where.has(column)));
}

type Head = [project: string | null, department: string, implementingUnit: string | null, year: number, region: string];
type Funds = [budgetInitial: number, budgetFullYear: number, executed: number, rate: number, executionScore: number, totalScore: number];
type Indicator = [level1: string, level2: string, name: string, target: string, actual: string, weight: number, score: number];

/** The self-evaluation each format of a form must give: its head, funds and total, and its indicators. */
function selfEvaluationIn(stem: string, head: Head, funds: Funds, indicators: readonly Indicator[], note: [index: number, text: string]): void {
  describe(`${stem}: one self-evaluation in eight formats (three PDFs, two Word XML shapes)`, async () => {
    const docs = await ingestAll(stem);
    const [page] = docs;

    it.each(docs.map(({ name, doc }) => [name, doc] as const))('%s reads the head, funds and total the form prints', (_name, doc) => {
      expect([doc.rows.evaluations.length, doc.rows.target_tables.length]).toEqual([1, 0]);
      const form = doc.rows.evaluations[0]!;
      expect([form.project, form.department, form.implementing_unit, form.year, form.region]).toEqual(head);
      expect([form.budget_initial, form.budget_full_year, form.executed, form.execution_rate_reported, form.execution_score, form.total_score]).toEqual(funds);
    });

    it.each(docs.map(({ name, doc }) => [name, doc] as const))('%s reads every indicator cell for cell', (_name, doc) => {
      expect(doc.rows.indicators.map((row) => [row.level1, row.level2, row.name, row.target_raw, row.actual_raw, row.weight, row.score])).toEqual(indicators);
      expect(doc.rows.indicators.filter((row) => row.deviation_note !== null).map((row) => [row.indicator_index, row.deviation_note])).toEqual([note]);
    });

    it.each(docs.slice(1).map(({ name, doc }) => [name, doc] as const))('%s gives the same rows as the web page', (_name, doc) => {
      expect(doc.rows.evaluations.map(content)).toEqual(page!.doc.rows.evaluations.map(content));
      expect(doc.rows.indicators.map(content)).toEqual(page!.doc.rows.indicators.map(content));
    });
  });
}

// Sichuan's 部门预算项目支出绩效自评表: 预算执行情况 (年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分), the
// comparison in 指标性质 and the unit in 度量单位 joined to the target and to the 完成值, 合计 with the score beside 100.
selfEvaluationIn(
  'sichuan',
  ['城乡环境卫生保洁经费', '蓬溪河县住房和城乡建设局', '蓬溪河县环境卫生服务中心', 2023, '蓬溪河县'],
  [156, 168.4, 162.73, 0.9663, 9.66, 97.66],
  [
    ['产出指标', '数量指标', '城区道路日常保洁面积', '≥185万平方米', '188.6万平方米', 20, 20],
    ['产出指标', '数量指标', '农村生活垃圾收运行政村数', '=62个', '62个', 15, 15],
    ['产出指标', '质量指标', '生活垃圾无害化处理率', '≥95%', '96.8%', 15, 15],
    ['产出指标', '时效指标', '保洁经费按月拨付率', '=100%', '100%', 10, 10],
    ['效益指标', '社会效益指标', '环境卫生投诉办结率', '=100%', '98.5%', 10, 8],
    ['效益指标', '生态效益指标', '城区生活垃圾收集率', '≥98%', '99.1%', 10, 10],
    ['满意度指标', '服务对象满意度指标', '城乡居民满意度', '≥90%', '92.3%', 10, 10],
  ],
  [5, '个别投诉涉及多部门协调，办结周期较长'],
);

// A 部门整体支出绩效自评表: no project, the 按收入性质分 / 按支出性质分 breakdown under 年度资金总额 (each cell a label and its
// figure), goals over three lines per cell.
selfEvaluationIn(
  'whole',
  [null, '柳塘县自然资源局', null, 2023, '柳塘县'],
  [1245.6, 1386.2, 1331.48, 0.9605, 9.61, 95.61],
  [
    ['产出指标', '数量指标', '不动产登记业务办理量', '≥1.8万件', '1.96万件', 10, 10],
    ['产出指标', '数量指标', '自然资源执法巡查次数', '≥120次', '128次', 10, 10],
    ['产出指标', '质量指标', '不动产登记差错率', '≤0.5%', '0.2%', 10, 10],
    ['产出指标', '时效指标', '一般登记业务办结时限', '≤5个工作日', '3个工作日', 10, 10],
    ['效益指标', '社会效益指标', '耕地保有量', '≥28.6万亩', '28.9万亩', 20, 20],
    ['效益指标', '生态效益指标', '历史遗留矿山生态修复面积', '≥320亩', '286亩', 20, 16],
    ['满意度指标', '服务对象满意度指标', '办事群众满意度', '≥95%', '97.2%', 10, 10],
  ],
  [6, '2处矿山修复因汛期停工顺延至次年一季度；已调整施工计划，汛前完成。'],
);

// A Yunnan self-evaluation in 元 (项目资金（元）: the amounts read in 万元), its indicator header over two rows (年度指标值 above
// 指标性质 | 指标值 | 度量单位), 总分 followed by a grade.
selfEvaluationIn(
  'yuan',
  ['农村留守儿童关爱服务补助资金', '澜坪县民政局', '澜坪县儿童福利指导中心', 2023, '澜坪县'],
  [38.6, 41.25, 39.87456, 0.9667, 9.67, 97.67],
  [
    ['产出指标', '数量指标', '关爱服务留守儿童人数', '≥1200人', '1268人', 10, 10],
    ['产出指标', '质量指标', '儿童督导员培训覆盖率', '=100%', '100%', 10, 10],
    ['产出指标', '时效指标', '补助资金发放及时率', '≥95%', '96%', 10, 10],
    ['产出指标', '成本指标', '人均关爱服务补助标准', '≤300元', '295元', 10, 10],
    ['效益指标', '社会效益指标', '留守儿童家庭走访率', '≥90%', '86%', 20, 18],
    ['效益指标', '可持续影响指标', '留守儿童关爱服务机制', '=有效', '有效', 20, 20],
    ['满意度指标', '服务对象满意度指标', '留守儿童监护人满意度', '≥90%', '93%', 10, 10],
  ],
  [5, '部分儿童随父母外出过节未能走访，下一步在春节前后集中补访。'],
);

// A self-evaluation whose merges were undone (blank 一级/二级 cells below the label, blank block-label cells), codes before
// the agencies, 指标1：/指标2： before the names, figures Calc types without a format of their own (96, 104.5).
selfEvaluationIn(
  'unmerged',
  ['乡镇污水处理设施运行维护项目', '桐溪县住房和城乡建设局', '桐溪县城乡污水处理中心', 2023, '桐溪县'],
  [96, 104.5, 99.8, 0.955, 9.55, 97.55],
  [
    ['产出指标', '数量指标', '运维乡镇污水处理站数量', '14座', '14座', 10, 10],
    ['产出指标', '数量指标', '配套管网巡检里程', '≥80公里', '86公里', 10, 10],
    ['产出指标', '质量指标', '出水水质达标率', '≥95%', '97.3%', 10, 10],
    ['产出指标', '时效指标', '故障设施修复时限', '≤48小时', '36小时', 10, 10],
    ['产出指标', '成本指标', '单站年均运维成本', '≤7万元', '6.9万元', 10, 10],
    ['效益指标', '生态效益指标', '年处理生活污水量', '≥120万吨', '112.4万吨', 15, 13],
    ['效益指标', '可持续影响指标', '设施正常运行率', '≥90%', '93%', 15, 15],
    ['满意度指标', '服务对象满意度指标', '周边群众满意度', '≥90%', '94%', 10, 10],
  ],
  [6, '雨季管网混接导致进水浓度偏低，部分站点限流运行；下一步开展雨污分流改造。'],
);

// A 项目支出绩效目标申报表 with its mid-term and annual halves side by side (funds, goals over three rows, indicators): the
// year's half is read.
describe('midterm: one target table in eight formats (three PDFs, two Word XML shapes)', async () => {
  const docs = await ingestAll('midterm');
  const [page] = docs;

  it.each(docs.map(({ name, doc }) => [name, doc] as const))('%s reads the head, the year\'s funds and goals', (_name, doc) => {
    expect([doc.rows.evaluations.length, doc.rows.target_tables.length]).toEqual([0, 1]);
    const table = doc.rows.target_tables[0]!;
    expect([table.project, table.department, table.department_code, table.implementing_unit, table.year, table.region, table.project_period]).toEqual([
      '发展建设类-城区老旧供水管网改造项目',
      '枫林县住房和城乡建设局',
      '104',
      '枫林县城市供水服务中心',
      2025,
      '枫林县',
      '3年',
    ]);
    expect([table.budget_total, table.budget_fiscal, table.budget_other]).toEqual([480, 450, 30]);
    expect(table.goal_text).toBe('目标1：改造城区老旧供水管网18公里，更换智能水表3500只。\n目标2：供水管网漏损率降至12%以内。\n目标3：惠及城区居民1万户，用水户满意度90%以上。');
    // Every goal row read, and every line: a workbook's sheet name and Calc's running header and footer are structure.
    expect(doc.rows.unparsed_lines.map((line) => line.text)).toEqual([]);
  });

  it.each(docs.map(({ name, doc }) => [name, doc] as const))('%s reads the year\'s indicators', (_name, doc) => {
    expect(doc.rows.target_indicators.map((row) => [row.level1, row.level2, row.name, row.target_raw])).toEqual([
      ['产出指标', '数量指标', '改造老旧供水管网长度', '≥18公里'],
      ['产出指标', '数量指标', '更换智能水表数量', '≥3500只'],
      ['产出指标', '质量指标', '管网工程验收合格率', '100%'],
      ['产出指标', '成本指标', '每公里管网改造成本', '≤22万元'],
      ['效益指标', '经济效益指标', '供水管网漏损率', '≤12%'],
      ['效益指标', '社会效益指标', '受益城区居民户数', '≥1万户'],
      ['满意度指标', '服务对象满意度指标', '用水户满意度', '≥90%'],
    ]);
  });

  it.each(docs.slice(1).map(({ name, doc }) => [name, doc] as const))('%s gives the same rows as the web page', (_name, doc) => {
    expect(doc.rows.target_tables.map(content)).toEqual(page!.doc.rows.target_tables.map(content));
    expect(doc.rows.target_indicators.map(content)).toEqual(page!.doc.rows.target_indicators.map(content));
  });
});
