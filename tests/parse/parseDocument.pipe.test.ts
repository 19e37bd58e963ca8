/**
 * The recognizer on `|`-separated web-page exports: a small form of
 * the Shanghai template, and one of Sichuan's template (年初预算 / 调整后预算数 /
 * 预算执行数 / 预算执行率 / 权重; indicators in 指标性质 / 指标值 / 度量单位 / 完成值)
 * read through the same label synonyms and column roles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parseDocument';
import type { SourceLine } from '../../src/read/text/sourceLines';

const toLines = (text: string): SourceLine[] => text.split('\n').map((line, i) => ({ line: i + 1, text: line }));
const parseRowPerLine = (lines: readonly SourceLine[]) => parseDocument(lines.map((line) => line.text).join('\n'), 'export.txt');

const SHANGHAI = toLines(`2024年度项目支出绩效自评表
| 项目名称 | 政务热线运营服务 | | | | | | |
| 主管部门 | 上海市普陀区人民政府办公室 | | | 实施单位 | 上海市普陀区城市运行中心 | | |
| 项目资金(万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率(%) | 得分 |
| | 年度资金总额: | 120.00 | 100.00 | 80.00 | 10.00 | 80.00 | 8.00 |
| | 其中: 当年财政拨款 | 120.00 | 100.00 | 80.00 | - | 80.00 | - |
| | 预期目标 | | | 实际完成情况 | | | |
| 年度总体目标 | 全年受理来电不少于10万件 | | | 全年受理来电12万件 | | | |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| 产出指标 | 数量指标 | 受理来电数 | ≥10万件 | 12万件 | 40.00 | 40.00 | |
| | 时效指标 | 接通及时率 | ≥95% | 93% | 20.00 | 18.00 | 高峰时段人手不足 |
| 满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥90% | 92% | 30.00 | 30.00 | |
| 总分 | | | | | 100.00 | 96.00 | |
| 评分等级 | 优 | | | | | | |`);

const SICHUAN = toLines(`| 项目名称 | 省级培训专项 | | | | | | | | |
|---|---|---|---|---|---|---|---|---|---|
| 主管部门 | 四川省某厅 | 实施单位 | 四川省某培训中心 | | | | | | |
| 项目资金（万元） | | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | | |
| | 年度资金总额 | 100.00 | 120.00 | 96.00 | 80.00% | 10 | 8.00 | | |
| 年度总体目标 | 预期目标 | 实际完成情况 | | | | | | | |
| | 培训基层干部500人次 | 培训520人次 | | | | | | | |
| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 偏差原因分析及改进措施 |
| 产出指标 | 数量指标 | 培训人次 | ≥ | 500 | 人次 | 520 | 30 | 30 | |
| | 质量指标 | 考核合格率 | ≥ | 90 | % | 85 | 30 | 25 | 部分学员未参加考核 |
| 效益指标 | 社会效益指标 | 基层治理能力 | 定性 | 提升 | | 提升 | 30 | 27 | |
| 总分 | | | | | | | 100 | 90.00 | |
| 评分等级 | 优 | | | | | | | | |`);

describe('parseDocument on `|`-separated exports', () => {
  it('reads a small Shanghai-template form', () => {
    const result = parseRowPerLine(SHANGHAI);
    expect(result.selfEvaluations).toHaveLength(1);
    const form = result.selfEvaluations[0]!;
    expect(form.year).toEqual({ text: '2024年度项目支出绩效自评表', line: 1 });
    // The form starts at its title.
    expect([form.lineStart, form.lineEnd]).toEqual([1, 14]);
    expect(form.project).toEqual({ text: '政务热线运营服务', line: 2 });
    expect(form.department?.text).toBe('上海市普陀区人民政府办公室');
    expect(form.implementingUnit?.text).toBe('上海市普陀区城市运行中心');
    expect(Object.values(form.funds).map((cell) => cell?.text)).toEqual(['120.00', '100.00', '80.00', '10.00', '80.00', '8.00']);
    expect(form.goalExpected).toEqual({ text: '全年受理来电不少于10万件', line: 8 });
    expect(form.goalActual).toEqual({ text: '全年受理来电12万件', line: 8 });
    expect(form.indicators.map((row) => [row.level1?.text, row.level2?.text, row.name.text, row.target?.text, row.actual?.text, row.weight?.text, row.score?.text, row.deviationNote?.text ?? null])).toEqual([
      ['产出指标', '数量指标', '受理来电数', '≥10万件', '12万件', '40.00', '40.00', null],
      ['产出指标', '时效指标', '接通及时率', '≥95%', '93%', '20.00', '18.00', '高峰时段人手不足'],
      ['满意度指标', '服务对象满意度指标', '市民满意度', '≥90%', '92%', '30.00', '30.00', null],
    ]);
    expect([form.totalWeight?.text, form.totalScore?.text, form.grade?.text]).toEqual(['100.00', '96.00', '优']);
    expect(form.warnings).toEqual([]);
    expect(result.unparsed).toEqual([]);
    expect(result.consumed).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });

  it('reads a Sichuan-template form through its synonyms (调整后预算数, 预算执行数, 权重, 指标性质/度量单位/完成值)', () => {
    const result = parseRowPerLine(SICHUAN);
    const form = result.selfEvaluations[0]!;
    expect(result.selfEvaluations).toHaveLength(1);
    expect(form.project?.text).toBe('省级培训专项');
    expect([form.department?.text, form.implementingUnit?.text]).toEqual(['四川省某厅', '四川省某培训中心']);
    expect(form.funds).toEqual({
      budgetInitial: { text: '100.00', line: 5 },
      budgetFullYear: { text: '120.00', line: 5 },
      executed: { text: '96.00', line: 5 },
      rate: { text: '80.00%', line: 5 },
      weight: { text: '10', line: 5 },
      score: { text: '8.00', line: 5 },
    });
    expect([form.goalExpected?.text, form.goalActual?.text]).toEqual(['培训基层干部500人次', '培训520人次']);
    expect(form.indicators.map((row) => [row.level1?.text, row.level2?.text, row.name.text, row.target?.text, row.actual?.text, row.weight?.text, row.score?.text])).toEqual([
      ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', '30', '30'],
      ['产出指标', '质量指标', '考核合格率', '≥90%', '85%', '30', '25'],
      ['效益指标', '社会效益指标', '基层治理能力', '提升', '提升', '30', '27'],
    ]);
    expect(form.indicators[1]!.deviationNote?.text).toBe('部分学员未参加考核');
    expect([form.totalWeight?.text, form.totalScore?.text, form.grade?.text]).toEqual(['100', '90.00', '优']);
    expect(result.consumed).toHaveLength(SICHUAN.length);
    expect(result.unparsed).toEqual([]);
  });

  it('starts a form at each 项目名称 row and reports lines outside any form', () => {
    const second = SHANGHAI.slice(1).map((line) => line.text.replace('政务热线运营服务', '政务热线质检服务'));
    const text = ['说明: 本表由系统导出', ...SHANGHAI.slice(1).map((line) => line.text), ...second].join('\n');
    const result = parseRowPerLine(toLines(text));
    expect(result.selfEvaluations.map((form) => [form.formIndex, form.project?.text, form.lineStart, form.lineEnd])).toEqual([
      [1, '政务热线运营服务', 2, 14],
      [2, '政务热线质检服务', 15, 27],
    ]);
    expect(result.selfEvaluations[1]!.year).toBeNull();
    expect(result.unparsed).toEqual([{ line: 1, text: '说明: 本表由系统导出', reason: 'paragraph outside any form or list' }]);
  });

  it('reads a form printed twice once, and reports the copy (no money counted twice)', () => {
    const text = [...SHANGHAI.map((line) => line.text), ...SHANGHAI.slice(1).map((line) => line.text)].join('\n');
    const result = parseRowPerLine(toLines(text));
    expect(result.selfEvaluations.map((form) => [form.formIndex, form.project?.text, form.funds.budgetFullYear?.text])).toEqual([[1, '政务热线运营服务', '100.00']]);
    const copyLines = result.unparsed.filter((line) => line.reason === 'a copy of the form on line 1').map((line) => line.line);
    expect(copyLines).toEqual([15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]);
  });

  it('opens a 部门整体支出 form printed without a title at its unit row, when its funds header follows', () => {
    const text = [
      '单位名称:某镇政府 填报日期:2021.5.18',
      '| 单位名称 | 某镇人民政府 | | | |',
      '| 基本支出总额 | 500万 | 项目支出总额 | 0 | |',
      '| 预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |',
      '| 部门整体支出总额 | 500 | 480 | 96% | 19.2 |',
    ].join('\n');
    const [form, ...others] = parseRowPerLine(toLines(text)).selfEvaluations;
    expect(others).toEqual([]);
    expect([form!.project, form!.department?.text, form!.funds.budgetFullYear?.text, form!.funds.executed?.text, form!.funds.rate?.text]).toEqual([null, '某镇人民政府', '500', '480', '96%']);
    // A unit's row followed by anything else (a report cover's lines) opens nothing.
    const cover = parseRowPerLine(toLines('| 单位名称 | 某镇人民政府 |\n| 联系人 | 张某 |\n| 职能职责 | 负责全镇经济社会发展 |'));
    expect(cover.selfEvaluations.length + cover.targetTables.length).toBe(0);
  });

  it('reads a head-only echo of a form (a file name repeating its title and unit) as a copy of it', () => {
    const text = [
      '2021年度财政项目绩效自评表',
      '| 单位名称 | 某市中心医院 | 填报日期 | 2022年3月18日.docx |',
      '2021年度财政项目绩效自评表',
      '| 单位名称 | 某市中心医院 | 填报日期 | 2022年3月18日 |',
      '| 项目名称 | 院区建设补助 | 主管部门 | 某市卫生健康委 | 项目实施单位 | 某市中心医院 |',
      '| 预算执行情况(万元) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 |',
      '| 年度财政资金总额 | 1000 | 1000 | 100% | 20 |',
    ].join('\n');
    const forms = parseRowPerLine(toLines(text)).selfEvaluations;
    expect(forms.map((form) => [form.project?.text, form.department?.text, form.implementingUnit?.text, form.funds.executed?.text])).toEqual([['院区建设补助', '某市卫生健康委', '某市中心医院', '1000']]);
  });

  it('takes the year of a notice that hands money down without naming one from its document number', () => {
    const text = ['某县财政局关于下达试点示范资金的通知', '某财(农)指〔2024〕17号', '现下达试点示范资金50万元。', '附件：试点示范资金绩效目标表', '| 项目名称 | 试点示范 |'].join('\n');
    expect(parseRowPerLine(toLines(text)).headings).toEqual([{ text: '2024年度', line: 3 }]);
    // A document number alone (no money handed down) states no year for the forms.
    expect(parseRowPerLine(toLines('某财绩〔2024〕5号\n| 项目名称 | 试点示范 |')).headings).toEqual([]);
  });

  it('takes the year from a title that states it', () => {
    const text = ['上海市普陀区2023年度项目支出绩效自评表', ...SHANGHAI.slice(1).map((line) => line.text)].join('\n');
    const form = parseRowPerLine(toLines(text)).selfEvaluations[0]!;
    expect(form.year).toEqual({ text: '上海市普陀区2023年度项目支出绩效自评表', line: 1 });
  });

  it('reads indicators beside a 指标方向 column, the comparison in words in whichever of the two holds it, blank `|` runs between rows passed over (k-02, cut off)', () => {
    const text = readFileSync(new URL('../fixtures/devset/k-02-neimenggu-2024.txt', import.meta.url), 'utf8');
    const result = parseDocument(text, 'k-02.txt');
    const form = result.selfEvaluations[0]!;
    expect(form.indicators.map((row) => [row.level2?.text, row.name.text, row.target?.text, row.actual?.text, row.weight?.text, row.score?.text])).toEqual([
      ['数量指标', '指标1:草原监测样地数(个)', '大于等于12个', '12个', '8', '8'],
      ['数量指标', '指标2:巡查用车次数(次)', '小于等于6次', '6次', '7', '7'],
      ['质量指标', '指标1:监测数据上报合格率', '等于100%', '100%', '8', '8'],
      ['质量指标', '指标2:样地记录完整率', '等于100%', '100%', '7', '7'],
    ]);
    // The next row's start, cut off with the page, is reported, not glued onto the last name.
    expect(result.unparsed.filter((line) => line.line >= 125).map((line) => line.text)).toEqual(['时效指标 |', '指标']);
  });

  it("reads a target table's annual half where funds, goals and indicators print the mid-term half beside it (e-11, merged cells left out)", () => {
    const text = readFileSync(new URL('../fixtures/devset/e-11-anhui-2024.txt', import.meta.url), 'utf8');
    const table = parseDocument(text, 'e-11.txt').targetTables[0]!;
    expect([table.budgetTotal?.text, table.budgetFiscal?.text, table.budgetOther?.text]).toEqual(['36.80', '36.80', '0.00']);
    expect(table.goal?.text).toMatch(/^开展全市林业有害生物秋季普查/);
    expect(table.indicators.map((row) => [row.level1?.text, row.level2?.text, row.name.text, row.target?.text])).toEqual([
      ['产出指标', '数量指标', '林业有害生物监测面积', '≥70万亩'],
      ['产出指标', '数量指标', '疫木除治数量', '≥4000株'],
      ['产出指标', '数量指标', '监测点维护数量', '≥45个'],
      ['产出指标', '质量指标', '无公害防治率', '≥90%'],
      ['产出指标', '质量指标', '除治质量检查合格率', '≥95%'],
      ['产出指标', '时效指标', '秋季普查完成时间', '当年10月底前'],
    ]);
  });

  it('reads a target table\'s 说明 column as a note on the target, a row whose note is blank at its own columns', () => {
    const text = [
      '项目支出绩效目标申报表',
      '| 项目名称 | 2024年某市公共文化服务体系建设项目 | | | | |',
      '| 资金来源 | 资金总额(元)： | 3260000.00 | | | |',
      '| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 说明 |',
      '| | 产出指标 | 数量指标 | 新建村级综合文化服务中心 | 12个 | 按乡镇分布统筹布点 |',
      '| | 效益指标 | 社会效益指标 | 农村群众参与文化活动人次 | ≥6万人次 | |',
    ].join('\n');
    const table = parseRowPerLine(toLines(text)).targetTables[0]!;
    expect(table.indicators.map((row) => [row.level1?.text, row.name.text, row.target?.text])).toEqual([
      ['产出指标', '新建村级综合文化服务中心', '12个'],
      ['效益指标', '农村群众参与文化活动人次', '≥6万人次'],
    ]);
  });

  it('reads a 部门整体 target table\'s money from the 金额合计 under its one row per task', () => {
    const text = [
      '部门（单位）整体支出绩效目标申报表',
      '（2024 年度）',
      '| 部门（单位）名称 | 某市市场监督管理局 |',
      '| 年度主要任务 | 任务名称 | 主要内容 | 预算金额（万元） |',
      '| | | | 总额 | 财政拨款 | 其他资金 |',
      '| | 食品安全监管 | 组织监督抽检 | 1860.00 | 1860.00 | 0.00 |',
      '| | 特种设备安全监察 | 开展隐患排查 | 740.50 | 700.50 | 40.00 |',
      '| | 金额合计 | 2600.50 | 2560.50 | 40.00 |',
      '| 年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |',
      '| | 产出指标 | 数量指标 | 监督抽检批次 | ≥4800批次 |',
    ].join('\n');
    const table = parseRowPerLine(toLines(text)).targetTables[0]!;
    expect([table.budgetTotal?.text, table.indicators.length]).toEqual(['2600.50', 1]);
  });

  it('ends the indicator table at a 联系人 row under it, which reads as a head field above it', () => {
    const text = [
      '部门整体支出绩效目标申报表',
      '（2024年度）',
      '| 部门（单位）及代码 | [137001]某市林业局 |',
      '| 联系人 | 李华 |',
      '| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |',
      '| | 产出指标 | 数量指标 | 人工造林面积 | ≥2.5万亩 |',
      '| | 联系人： | 周敏 | 联系电话： | 0717-6221458 |',
    ].join('\n');
    const table = parseRowPerLine(toLines(text)).targetTables[0]!;
    expect(table.indicators.map((indicator) => indicator.name?.text)).toEqual(['人工造林面积']);
  });

  it('reads 项目申报表（绩效部分） as a target table\'s title, the template\'s name and no project\'s', () => {
    const text = [
      '项目申报表（绩效部分）',
      '| 目标名称 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标值确定依据 |',
      '| 完成安防工程120公里 | 产出指标 | 数量指标 | 完成安防工程里程 | ≥120公里 | 年度建设计划 |',
    ].join('\n');
    const tables = parseRowPerLine(toLines(text)).targetTables;
    expect(tables.map((table) => [table.project?.text ?? null, table.indicators.map((indicator) => indicator.target?.text)])).toEqual([[null, ['≥120公里']]]);
  });

  it('opens a form at 项目绩效总目标 after its title, so that a 长期绩效目标表 caption under it passes that table over', () => {
    const text = [
      '项目申报表（绩效部分）',
      '| 项目绩效总目标 |',
      '| 名称 | 目标说明 |',
      '| 目标1 | 完成安防工程120公里 |',
      '| 长期绩效目标表 |',
      '| 目标名称 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标值确定依据 |',
      '| 完成安防工程120公里 | 产出指标 | 数量指标 | 三年累计完成安防工程里程 | ≥360公里 | 三年规划 |',
      '| 年度绩效目标表 |',
      '| 目标名称 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标值确定依据 |',
      '| 完成安防工程120公里 | 产出指标 | 数量指标 | 完成安防工程里程 | ≥120公里 | 年度建设计划 |',
    ].join('\n');
    const tables = parseRowPerLine(toLines(text)).targetTables;
    expect(tables.map((table) => table.indicators.map((indicator) => indicator.target?.text))).toEqual([['≥120公里']]);
  });

  it('reads a 合计 printed right after the funds block\'s label as the money\'s total, not a score', () => {
    const text = [
      '2024年度部门整体绩效申报表',
      '| 部门名称 | 某自治区卫生健康委员会 | 部门编码 | 157001 |',
      '| 部门预算安排资金（万元） | 合计 | 48635.20 |',
      '| | 其中：一般公共预算拨款 | 45218.00 |',
      '| | 其他资金 | 3417.20 |',
      '| 部门整体支出年度绩效目标衡量指标 | 一级指标 | 二级指标 | 指标内容 | 指标值 |',
      '| | 产出指标 | 数量指标 | 医疗机构监督检查户次 | ≥3200户次 |',
    ].join('\n');
    const table = parseRowPerLine(toLines(text)).targetTables[0]!;
    expect([table.budgetTotal?.text, table.budgetFiscal?.text, table.indicators.length]).toEqual(['48635.20', '45218.00', 1]);
  });

  it("passes over a department's funds breakdown (按收入性质分：… | 按支出性质分：…) on its way to the goal block", () => {
    const text = [
      '部门整体支出绩效自评表',
      '| 部门（单位）名称 | 某县自然资源局 | | | | | |',
      '| 年度预算申请（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      '| | 年度资金总额 | 100.00 | 120.00 | 96.00 | 10 | 80.00% | 8.00 |',
      '| | 按收入性质分：120.00 | 按支出性质分：96.00 | | | | |',
      '| | 其中：一般公共预算财政拨款：120.00 | 其中：基本支出：60.00 | | | | |',
      '| | 政府性基金拨款：0 | 项目支出：36.00 | | | | |',
      '| 年度总体目标 | 预期目标 | 实际完成情况 | | | | |',
      '| | 办理不动产登记1万件 | 办理1.2万件 | | | | |',
    ].join('\n');
    const form = parseRowPerLine(toLines(text)).selfEvaluations[0]!;
    expect([form.funds.budgetFullYear?.text, form.goalExpected?.text, form.goalActual?.text, form.warnings]).toEqual(['120.00', '办理不动产登记1万件', '办理1.2万件', []]);
  });

  it('reads no money from a count after a funds total label in run-together OCR text (`示范基地合计800亩`, c-14)', () => {
    const text = readFileSync('tests/fixtures/devset/c-14-ningxia-2022.txt', 'utf8');
    const form = parseDocument(text, 'c-14.txt').selfEvaluations[0]!;
    // The money is the one 其中 row's (自治区补助 180万元 | 162.36万元 | 90.2%), never the goal's 800亩.
    expect([form.funds.executed?.text, form.funds.budgetFullYear?.text]).toEqual(['162.36', '180']);
  });

  it("reads on past the funds block's caption on a line or a row of its own (`预算执行情况（10分）` above the funds header)", () => {
    const lines = SHANGHAI.map((line) => line.text);
    const at = lines.findIndex((text) => text.startsWith('| 项目资金'));
    for (const caption of ['预算执行情况（10分）', '| 预算执行情况 | | | | | | | |']) {
      const doc = parseRowPerLine(toLines([...lines.slice(0, at), caption, ...lines.slice(at)].join('\n')));
      const form = doc.selfEvaluations[0]!;
      expect([form.funds.executed?.text, form.indicators.length, form.totalScore?.text, doc.unparsed]).toEqual(['80.00', 3, '96.00', []]);
    }
  });

  it("reads the indicator table after analysis rows printed before it (`目标偏离原因分析 | …`, Zhejiang's project self-evaluation)", () => {
    const lines = SHANGHAI.map((line) => line.text);
    const at = lines.findIndex((text) => text.startsWith('| 一级指标'));
    const analysis = ['| 目标偏离原因分析 | 高峰时段接通率偏低 | | | | | | |', '| 整改措施及建议 | 增加高峰时段坐席 | | | | | | |'];
    const doc = parseRowPerLine(toLines([...lines.slice(0, at), ...analysis, ...lines.slice(at)].join('\n')));
    const form = doc.selfEvaluations[0]!;
    expect([form.indicators.length, form.totalScore?.text]).toEqual([3, '96.00']);
  });

  it('takes an attachment number in a table row for a caption and a 备注： after the form for its notes, no row of the form (m-06, q-01, n-05)', () => {
    const lines = SHANGHAI.map((line) => line.text);
    const doc = parseRowPerLine(toLines(['| 附件2 | | | | | | | |', ...lines, '| 备注：1.“年初预算数”取预算编制数。 | | | | | | | |'].join('\n')));
    const form = doc.selfEvaluations[0]!;
    expect([form.funds.executed?.text, form.indicators.length, form.totalScore?.text, doc.unparsed]).toEqual(['80.00', 3, '96.00', []]);
  });
});
