/**
 * Golden tests of the row-per-line parser on the OCR'd PDF rows of
 * data/raw/003 (上海市普陀区人民政府办公室, 2023, 18 self-evaluation forms).
 * Expected values were read from the document, line by line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Cell, SelfEvaluationForm } from '../../src/parse/forms';
import { parseDocument } from '../../src/parse/parseDocument';
import type { SourceLine } from '../../src/read/text/sourceLines';

const FILE = new URL('../../data/raw/003_c9a193166346a5e1.txt', import.meta.url);
const lines: SourceLine[] = readFileSync(FILE, 'utf8')
  .split(/\r?\n/)
  .map((text, i) => ({ line: i + 1, text }));
/** The lines as a document, each at its own line number (blank lines where others were left out). */
const parseRowPerLine = (from: readonly SourceLine[]) => {
  const text: string[] = [];
  for (const { line, text: lineText } of from) text[line - 1] = lineText;
  return parseDocument(Array.from(text, (lineText) => lineText ?? '').join('\n'), '003_c9a193166346a5e1.txt');
};
const result = parseRowPerLine(lines);
const forms = result.selfEvaluations;

const text = (cell: Cell | null): string | null => cell?.text ?? null;
const at = (cell: Cell | null): number | null => cell?.line ?? null;

const PUTUO = '上海市普陀区人民政府办公室';

/** [lines, project, fragment?, 主管部门, 实施单位, 年初, 全年, 执行, 分值, 执行率, 得分, 总分分值, 总分得分, 评分等级]. */
type Golden = [
  [number, number],
  string | null,
  boolean,
  string | null,
  string | null,
  string,
  string,
  string,
  string,
  string,
  string,
  string | null,
  string,
  string | null,
];

const GOLDEN: Golden[] = [
  [[1, 16], '政务服务线」上办理宣传推广·项目', true, PUTUO, '上海市普陀区人民政府办', '30.00', '30.00', '29.90', '10.00', '99.66', '9.96', '100.00', '99.96', '优'],
  [[18, 36], '普陀区深化"一网网通办"改革第三方评估ī', true, '上海市普萨区人民政府办公室', '上海市普陀区人民政府守办公室', '43.65', '43.65', '43.47', '10.00', '99.58', '9.95', '100.00', '98.95', '优'],
  [[38, 55], null, false, PUTUO, '立上海市普陀区人民政府5办公室', '20.00', '20.00', '19.95', '10.00', '99.75', '9.97', '100.00', '99.97', '优'],
  [[57, 74], '政务公开政女民互动业务经费', false, null, null, '20.00', '20.00', '19.93', '10.00', '99.65', '9.96', '100.00', '99.96', null],
  [[77, 94], '政务公开干自助终端运维', false, '上海市普育陀区人民政府力公室', '立上海市普陀区人民政府守办公室', '10.00', '10.00', '10.00', '10.00', '100.00', '10.00', '100.00', '100.00', '优'],
  [[96, 131], '<u>च</u>華陀区政务信息化全过程管理L作经费', true, '上海市普育陀区人民政府办公室', '上海市普陀区人民政府牙办公室', '195.00', '195.00', '194.86', '10.00', '99.92', '9.99', '100.00', '99.99', '优'],
  [[133, 151], '政务公开吗.费', true, null, null, '40.00', '40.00', '39.98', '10.00', '99.95', '9.99', '100.00', '99.99', null],
  [[154, 171], '政务公公开业务经费', false, '上海市普穿陀区人民政府力公室', '上海市普陀区人民政府可办公室', '62.00', '62.00', '60.91', '10.00', '98.24', '9.82', '100.00', '99.82', '优'],
  [[173, 205], '区政府综合业务经费', false, '上海市普序陀区人民政府办公室', '上海市普陀区人民政府', '90.00', '90.00', '27.10', '10.00', '30.11', '3.01', '100.00', '93.01', '优'],
  [[207, 229], '全区因公出国(境)经验费', false, '上海市普序陀区人民政府办公室', '上海市普陀区人民政府守办公室', '839.00', '289.00', '211.24', '10.00', '73.09', '7.30', '100.00', '97.30', '优'],
  [[231, 249], '平估项目', true, '上海市普萨陀区人民政府办公室', '上海市普陀区人民政府5办公室', '40.50', '40.50', '40.37', '10.00', '99.67', '9.96', '100.00', '99.96', '优'],
  [[251, 274], '外事办业务经费', false, '上海市普萨陀区人民政府办公室', '上海市普陀区人民政府守办公室', '40.50', '3.50', '1.18', '10.00', '33.71', '3.37', '100.00', '93.37', '优'],
  [[276, 308], '三方调查i———— 严估项目', true, '上海市普序陀区人民政府办公室', '上海市普陀区人民政府', '25.00', '25.00', '24.75', '10.00', '99.00', '9.90', '100.00', '99.90', '优'],
  [[311, 332], '调研科业务经费', false, '上海市普幹陀区人民政府 力', '上海市普陀区人民政府守办公室', '6.50', '6.50', '3.69', '10.00', '56.76', '5.67', '100.00', '95.67', null],
  [[334, 361], '真工作经费', true, '上海市普穿陀区人民政府办公室', '立上海市普陀区人民政府守办公室', '15.00', '15.00', '15.00', '10.00', '100.00', '10.00', '100.00', '100.00', null],
  [[363, 385], '—'.repeat(37), true, '上海市普幹陀区人民政府办公室', '上海市普陀区人民政府守办公室', '1,733.50', '3,233.50', '3,232.74', '10.00', '99.97', '9.99', '100.00', '99.99', '优'],
  [[387, 409], '合作交流办业务经费', false, PUTUO, PUTUO, '25.50', '25.50', '21.04', '10.00', '82.50', '8.25', null, '98.25', '优'],
  [[411, 449], '督查科业务经费', false, PUTUO, PUTUO, '7.00', '7.00', '5.82', '10.00', '83.14', '8.31', null, '98.31', '优'],
];

const INDICATOR_COUNTS = [4, 6, 6, 6, 6, 7, 6, 6, 10, 9, 6, 9, 6, 9, 10, 9, 9, 9];

const form = (index: number): SelfEvaluationForm => forms[index - 1]!;
const indicatorOn = (index: number, line: number) => form(index).indicators.find((row) => row.name.line === line)!;

describe('parseDocument on 003 (上海市普陀区人民政府办公室, 2023, OCR rows)', () => {
  it('reads 18 self-evaluation forms and nothing else', () => {
    expect(forms).toHaveLength(18);
    expect(forms.map((f) => f.formIndex)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(result.targetTables).toEqual([]);
    expect(result.projectLists).toEqual([]);
  });

  it.each(GOLDEN.map((golden, i) => [i + 1, golden] as const))('form %i: header cells as printed', (index, golden) => {
    const [[start, end], project, fragment, department, unit, initial, fullYear, executed, weight, rate, score, totalWeight, totalScore, grade] =
      golden;
    const f = form(index);
    expect([f.lineStart, f.lineEnd]).toEqual([start, end]);
    expect(text(f.project)).toBe(project);
    if (project !== null) expect(at(f.project)).toBe(start);
    expect(f.warnings.includes('project_name_fragment')).toBe(fragment);
    expect(text(f.department)).toBe(department);
    expect(text(f.implementingUnit)).toBe(unit);
    const funds = f.funds;
    expect([funds.budgetInitial, funds.budgetFullYear, funds.executed, funds.weight, funds.rate, funds.score].map(text)).toEqual([
      initial,
      fullYear,
      executed,
      weight,
      rate,
      score,
    ]);
    expect(text(f.totalWeight)).toBe(totalWeight);
    expect(text(f.totalScore)).toBe(totalScore);
    expect(text(f.grade)).toBe(grade);
    expect(f.indicators).toHaveLength(INDICATOR_COUNTS[index - 1]!);
  });

  it('the issue example 全区因公出国(境)经费: 839.00 → 289.00, executed 211.24, grade 优, on lines 210 and 229', () => {
    const f = form(10);
    expect(f.project?.text).toBe('全区因公出国(境)经验费'); // OCR prints 经验费; the name is kept as printed
    expect(f.funds.budgetInitial).toEqual({ text: '839.00', line: 210 });
    expect(f.funds.budgetFullYear).toEqual({ text: '289.00', line: 210 });
    expect(f.funds.executed).toEqual({ text: '211.24', line: 210 }); // the stray `1` in the next cell is noise
    expect(f.funds.rate).toEqual({ text: '73.09', line: 210 });
    expect(f.grade).toEqual({ text: '优', line: 229 });
    expect(f.totalScore).toEqual({ text: '97.30', line: 228 });
  });

  it('joins an amount OCR split over two cells (`3,232.7|4`) and says so', () => {
    expect(form(16).funds.executed).toEqual({ text: '3,232.74', line: 366 });
    expect(form(16).warnings).toContain('amount_split_joined');
  });

  it('a form whose name OCR lost has a null project; a missing 主管部门 row is a warning, not a guess', () => {
    expect(form(3).project).toBeNull();
    expect(form(3).warnings).toContain('project_name_missing');
    expect(form(4).department).toBeNull();
    expect(form(4).warnings).toContain('department_row_missing');
    expect(form(7).department).toBeNull();
  });

  it('a 总分 row whose label OCR lost is read by its arithmetic (100.00 = Σ weights + funds weight)', () => {
    expect(form(1).totalWeight).toEqual({ text: '100.00', line: 15 });
    expect(form(1).totalScore).toEqual({ text: '99.96', line: 15 });
    expect(form(1).warnings).toContain('total_label_missing');
  });

  it('in every form, the indicator scores plus the funds score give the printed total', () => {
    for (const f of forms) {
      const sum = f.indicators.reduce((total, row) => total + Number(row.score!.text), Number(f.funds.score!.text));
      expect(sum).toBeCloseTo(Number(f.totalScore!.text), 2);
    }
  });

  it('records the year heading that applies to each form (the nearest above, else the first)', () => {
    const years = forms.map((f) => `${f.year?.text}@${f.year?.line}`);
    expect(years.slice(0, 7)).toEqual(Array(7).fill('(2023 1 /2@76'));
    expect(years.slice(7, 13)).toEqual(Array(6).fill('(2023 1 /)@153'));
    expect(years.slice(13)).toEqual(Array(5).fill('(2023 /2@310'));
  });

  it('reads a real indicator with a deviation note: 各项评估完成正确率 (form 2, line 29)', () => {
    expect(indicatorOn(2, 29)).toEqual({
      level1: { text: '产出指标', line: 29 },
      level2: { text: '质量 指标', line: 29 },
      name: { text: '各项评估完成正确率', line: 29 },
      target: { text: '=100.00(%)', line: 29 },
      actual: { text: '90.00(%)', line: 29 },
      weight: { text: '15.00', line: 29 },
      score: { text: '14.00', line: 29 },
      deviationNote: { text: '部分评估结身 确,需加强 法,多人数扩统计方', line: 29 },
      warnings: [],
    });
  });

  it('splits a target printed into the name cell (`相关群众满意度 ≥90.00(9`, form 1, line 14)', () => {
    const row = indicatorOn(1, 14);
    expect([row.level1?.text, row.level2?.text, row.name.text]).toEqual(['满意 度指 标', '服务 对 满 意 指 标', '相关群众满意度']);
    expect([row.target?.text, row.actual?.text, row.weight?.text, row.score?.text]).toEqual(['≥90.00(9', '95.00(%)', '10.00', '10.00']);
    expect(row.warnings).toContain('target_split_from_name');
  });

  it('joins 一级/二级 labels broken over several lines (form 6: 服务/对象/满意/度指/标, 可持/续影/响指/标)', () => {
    const satisfaction = indicatorOn(6, 126);
    expect(satisfaction.level1).toEqual({ text: '满意\n度指\n标', line: 125 });
    expect(satisfaction.level2).toEqual({ text: '服务\n对象\n满意\n度指\n标', line: 124 });
    expect([satisfaction.name.text, satisfaction.target?.text, satisfaction.actual?.text]).toEqual(['相关部门满意度', '=90.00(%)', '90.00(%)']);
    const sustainable = indicatorOn(6, 122);
    expect(sustainable.level1).toEqual({ text: '対益 指标', line: 119 });
    expect(sustainable.level2).toEqual({ text: '可持\n续影\n响指\n标', line: 120 });
    expect([sustainable.name.text, sustainable.target?.text, sustainable.actual?.text]).toEqual(['促进数据共享和业务协同', '促进', '达成指标']);
  });

  it('gives a blank 一级 cell the label of its 二级 family and keeps one 二级 label over its two rows (form 9)', () => {
    const first = indicatorOn(9, 187);
    expect(first.level1).toEqual({ text: '产出\n指标', line: 190 });
    expect(first.level2).toEqual({ text: '数量\n指标', line: 187 });
    expect(indicatorOn(9, 188).level2).toEqual({ text: '数量\n指标', line: 187 });
    expect(indicatorOn(9, 194).level2).toEqual({ text: '社会\n效益 指标', line: 193 });
    expect(indicatorOn(9, 194).name.text).toBe('促进部门工作作提质增效');
  });

  it('separates two labels of different families on one page break (form 10: 可持续影响 / 服务对象满意度)', () => {
    expect(indicatorOn(10, 224).level2?.text).toBe('可持 续影 响指');
    expect(indicatorOn(10, 225).level1).toEqual({ text: '满意\n度指标', line: 225 });
    expect(indicatorOn(10, 225).level2).toEqual({ text: '服务\n对 满 度 标', line: 225 });
  });

  it('reads rows OCR shifted left by a merged cell by their weight/score pair (form 17, line 407)', () => {
    const row = indicatorOn(17, 407);
    expect([row.level1?.text, row.level2?.text, row.name.text, row.target?.text, row.actual?.text, row.weight?.text, row.score?.text]).toEqual([
      '满意 度指 标',
      '服对满度标',
      '相关方满意度',
      '≥95.00(%)',
      '95.00(%)',
      '10.00',
      '10.00',
    ]);
    // The 总分 row on that page has one number, in the 得分 column of the shifted rows.
    expect(form(17).totalWeight).toBeNull();
    expect(form(17).totalScore).toEqual({ text: '98.25', line: 408 });
  });

  it('keeps an indicator whose name and target OCR lost (form 11, line 246), and empty target cells as null', () => {
    const row = indicatorOn(11, 246);
    expect([row.name.text, row.target, row.actual?.text, row.weight?.text, row.score?.text]).toEqual(['', null, '达成指标', '15.00', '15.00']);
    expect(row.warnings).toContain('name_missing');
    expect(indicatorOn(10, 218).target).toBeNull();
    expect(indicatorOn(10, 218).actual?.text).toBe('100.00(%)');
  });

  it('continues a name on the next line (form 18: 重点工作目标管理理可持续、可复 / 制)', () => {
    const row = indicatorOn(18, 443);
    expect(row.name).toEqual({ text: '重点工作目标管理理可持续、可复\n制', line: 443 });
    expect(row.level2).toEqual({ text: '可持\n续影\n响指 标', line: 443 });
    expect(result.consumed).toContain(444);
  });

  it('cleans a doubled score cell (`10.00 10.00`, form 8, line 169) and drops a note that is only noise', () => {
    expect(indicatorOn(8, 169).score).toEqual({ text: '10.00', line: 169 });
    expect(indicatorOn(8, 169).warnings).toContain('number_cell_cleaned');
    expect(indicatorOn(5, 87).deviationNote).toBeNull();
    expect(indicatorOn(5, 87).warnings).toContain('note_noise_dropped');
  });

  it('reads the goal block into expected and actual halves (form 17)', () => {
    expect(form(17).goalExpected?.text.startsWith('在扩大国内合作、加强往来交流中')).toBe(true);
    expect(form(17).goalExpected?.line).toBe(395);
    expect(form(17).goalActual?.text.startsWith('加强区域合作,与绍兴市上虞区达成友好合作')).toBe(true);
  });

  it('reports garbled OCR copies of rows as unparsed, with the reason, and not as indicators', () => {
    const garbled = result.unparsed.filter((entry) => entry.reason.includes('garbled'));
    expect(garbled.map((entry) => entry.line)).toEqual([115, 118, 300, 306, 429, 431, 433]);
    const byLine = new Map(result.unparsed.map((entry) => [entry.line, entry.reason]));
    expect(byLine.get(300)).toContain('same weight/score as line 299');
    expect(byLine.get(300)).toContain('past the printed total 99.90');
    expect(byLine.get(306)).toContain('copy of the 总分 row (line 307)');
    expect(byLine.get(115)).toContain('40.00/40.00');
    const indicatorLines = new Set(forms.flatMap((f) => f.indicators.flatMap((row) => [row.name.line, row.weight!.line])));
    for (const { line } of garbled) expect(indicatorLines.has(line)).toBe(false);
    // What stays of form 18's 数量/质量/时效/成本 rows (426–433).
    expect(form(18).indicators.slice(0, 4).map((row) => [row.name.line, row.name.text, row.weight?.line])).toEqual([
      [426, '任务书数量按全国区各单位全覆盖\n原则印制', 427],
      [428, '印制规范、清晰', 428],
      [430, '2023年3月前印制完毕', 430],
      [432, '合理控制支出成本', 432],
    ]);
  });

  it('merges a name printed over two lines whose values OCR read twice (form 18, lines 426–427): one indicator, the clean values', () => {
    const row = form(18).indicators[0]!;
    expect([row.target, row.actual, row.score]).toEqual([
      { text: '=100.00(%)', line: 427 },
      { text: '100.00(%)', line: 427 },
      { text: '15.00', line: 427 },
    ]);
    expect(row.warnings).toContain('ocr_row_merged');
    expect(result.consumed).toContain(426);
  });

  it('reports the other lines it cannot place, each with its reason', () => {
    const other = result.unparsed.filter((entry) => !entry.reason.includes('garbled'));
    expect(other.map((entry) => [entry.line, entry.reason])).toEqual([
      [58, 'a row of the form head without its label (OCR lost it): its text is not assigned'],
      [134, 'a second 项目名称 row before the funds block: OCR garble of the form head'],
      [274, 'stray OCR fragment after the 评分等级 row'],
    ]);
    for (const entry of result.unparsed) expect(entry.text).toBe(lines[entry.line - 1]!.text);
  });

  it('accounts for every non-blank line exactly once: consumed or unparsed', () => {
    const nonBlank = lines.filter((line) => line.text.trim() !== '').map((line) => line.line);
    const consumed = new Set(result.consumed);
    const unparsed = result.unparsed.map((entry) => entry.line);
    expect(consumed.size).toBe(result.consumed.length);
    expect(new Set(unparsed).size).toBe(unparsed.length);
    for (const line of unparsed) expect(consumed.has(line)).toBe(false);
    expect([...consumed, ...unparsed].sort((a, b) => a - b)).toEqual(nonBlank);
    expect([nonBlank.length, result.consumed.length, result.unparsed.length]).toEqual([422, 412, 10]);
  });

  it('keeps the accounting on damaged input: the document truncated, or its lines shuffled', () => {
    let seed = 20231;
    const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const shuffled = [...lines].sort(() => random() - 0.5).map((line, i) => ({ line: i + 1, text: line.text }));
    for (const damaged of [lines.slice(0, 200), lines.slice(97), shuffled]) {
      const parsed = parseRowPerLine(damaged);
      const nonBlank = damaged.filter((line) => line.text.trim() !== '').map((line) => line.line);
      const accounted = [...parsed.consumed, ...parsed.unparsed.map((entry) => entry.line)].sort((a, b) => a - b);
      expect(accounted).toEqual(nonBlank);
    }
    expect(parseRowPerLine(lines.slice(0, 200)).selfEvaluations).toHaveLength(9);
  });
});
