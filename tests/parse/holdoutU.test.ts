/**
 * What the tenth hold-out's real pages (tests/fixtures/README.md, "Fixtures u-01 … u-13") showed the recognizer missing, each
 * in a few lines of its layout (names and figures invented).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parseDocument';

const text = (...lines: string[]): string => lines.join('\n');

/** 东莞's 财政项目支出绩效目标批复表 as a mirror page flattens it (u-01), its 项目名称 row as given. */
const dongguan = (projectCell: string): string =>
  text(
    '东莞市财政项目支出绩效目标批复表 | |||||||||',
    '( 2020 年度) | |||||||||',
    '预算单位:东莞市城市管理和综合执法局 | |||||||||',
    ...projectCell.split('\n'),
    '总体目标 | 中期滚动目标(2020年--2022年) | 年度目标 | |||||||',
    '完成8处公园照明改造。 | 完成3处公园照明改造。 | ||||||||',
    '绩效指标 | 一级 指标 |',
    '二级 指标 |',
    '三级 指标 |',
    '指标值(或计划水平) | ||',
    '预期产出指标 | 数量指标 | 改造公园数 | 3 | |||',
  );

describe('the u- hold-out', () => {
  it('reads an allocation table headed `序号 镇、村 项目名称 …` as structure, not as a target table (u-06)', () => {
    const doc = parseDocument(
      text(
        '  附件:1.2024年中央财政衔接推进老区乡村振兴补助项目资金分配表',
        '',
        '        2.中央财政衔接推进老区乡村振兴补助资金绩效目标表',
        '',
        ' 附件1',
        '',
        '  2024年中央财政衔接推进老区乡村振兴补助项目资金分配表',
        '',
        '序号 镇、村 项目名称 项目内容 资金投入(万元) 补助金额(万元)',
        '1 螺阳镇溪东村 村道硬化建设 全长约600米,宽3.5米,混凝土路面。 30 9',
        '合计     9',
        '',
        '  附件2',
        '',
        '中央财政衔接推进老区乡村振兴补助资金绩效目标表',
        '',
        '项目名称 中央财政衔接推进老区乡村振兴补助资金',
      ),
      'notice.txt',
    );
    expect(doc.targetTables.map((table) => table.project?.text)).toEqual(['中央财政衔接推进老区乡村振兴补助资金']);
    expect(doc.selfEvaluations).toHaveLength(0);
  });

  it('reads a 部门整体 target table whose head opens with its filing date, the contact\'s label before the agency (u-03, d-15)', () => {
    // The PDF's text layer: `填报日期： | 2021 年 3 月 2 日 | 部门（单位） 名称 | 填报人 | <agency> <person>`, then the money table
    // out of order; the file name heading the page states no year.
    const doc = parseDocument(
      text(
        '宜城市档案馆整体支出绩效目标.pdf',
        '附件 2: 部门整体支出绩效目标申报表 填报日期:2021 年 3 月 2 日 部门(单位) 名称 填报人 宜城市档案馆 李文 财政拨款 收入构成 支出构成 2210473 联系电话 总体资金情况 部门总体 资金情况 单位:万元 当年 金额 近两年收支金额 占比 年 年 265.12 其他资金 合计 265.12 100% 基本支出 2210473 83.4% 项目支出 44.07 16.6% 合计 265.12 100% (一)负责全市档案事业的统筹规划。',
      ),
      'page.txt',
    );
    expect(doc.targetTables.map((table) => [table.project?.text ?? null, table.department?.text ?? null])).toEqual([[null, '宜城市档案馆']]);
  });

  it('reads the year\'s money of 东莞\'s 批复表, 本年度申请市财政预算资金 beside the three years\' 中期市财政预算 (u-01)', () => {
    const doc = parseDocument(dongguan('项目名称 | 公园夜景照明改造工程 | 中期市财政预算(万元) | 2400.00 | 本年度申请市财政预算资金(万元) | 860.50 | ||||'), 'p.txt');
    expect(doc.targetTables.map((table) => table.budgetTotal?.text ?? null)).toEqual(['860.50']);
  });

  it('reads a project whose name opens the row after its label, before that row\'s own pairs (u-01)', () => {
    const below = parseDocument(dongguan('项目 名称 |\n公园夜景照明改造工程 | 中期市财政预算(万元) | 2400.00 | 本年度申请市财政预算资金(万元) | 860.50 | ||||'), 'p.txt');
    expect(below.targetTables.map((table) => [table.project?.text ?? null, table.budgetTotal?.text ?? null])).toEqual([['公园夜景照明改造工程', '860.50']]);
    // And beside its label on the row of the money.
    const beside = parseDocument(dongguan('项目名称 | 公园夜景照明改造工程 | 中期市财政预算(万元) | 2400.00 | 本年度申请市财政预算资金(万元) | 860.50 | ||||'), 'p.txt');
    expect(beside.targetTables.map((table) => table.project?.text ?? null)).toEqual(['公园夜景照明改造工程']);
  });

  it('opens a target table at its agency\'s `预算单位:<name>` row between its year line and 项目名称 (u-01)', () => {
    const doc = parseDocument(dongguan('项目名称 | 公园夜景照明改造工程 | 中期市财政预算(万元) | 2400.00 | 本年度申请市财政预算资金(万元) | 860.50 | ||||'), 'p.txt');
    expect(doc.targetTables.map((table) => table.department?.text ?? null)).toEqual(['东莞市城市管理和综合执法局']);
  });

  it('reads no form from a how-to article whose sample names a placeholder project and nothing else (u-11)', () => {
    // The article as its page gives it (the fixture), its sample's placeholder another: the prose is read a cell per label word,
    // and the sample row then opens a self-evaluation holding nothing but the placeholder and prose.
    const article = readFileSync(new URL('../fixtures/devset/u-11-unknown-unknown.txt', import.meta.url), 'utf8').replace('XX农村公路养护项目', 'XX水库除险加固项目');
    const doc = parseDocument(article, 'article.txt');
    expect([doc.selfEvaluations.length, doc.targetTables.length]).toEqual([0, 0]);
  });
});
