/**
 * An allocation table before a notice's target table, its header cut into rows of their own (a page's space-separated table,
 * a text run together): `序号`, `镇、村` / `单位名称`, then `项目名称` with the other column heads and the data run on. The
 * 项目名称 there is a column head of a list of projects, no form's (v-06, v-10).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parseDocument';
import { recognize } from '../../src/parse/recognize';
import type { GridRow } from '../../src/read/grid';

const heads = (text: string) => parseDocument(text, 'notice.txt').targetTables.map((table) => [table.project?.text ?? null, table.department?.text ?? null]);

describe('an allocation table before a target table', () => {
  it('space-separated: its header row names 项目名称 among its columns, no form', () => {
    const text = [
      '  附件:1.2024年某某补助项目资金分配表',
      '        2.某某补助资金绩效目标表',
      '                                      某县民政局                 某县财政局 ',
      '                                                                 2024年2月5日',
      ' 附件1',
      '  2024年某某补助项目资金分配表',
      '序号 镇、村 项目名称 项目内容 资金投入(万元) 补助金额(万元)',
      '1 某镇某村 排水沟渠改造 新建排水沟渠约680米,沟底及两侧混凝土浇筑。 36 12',
      '合计     12',
      '  附件2',
      '某某补助资金绩效目标表',
      '项目名称 某某补助资金',
    ].join('\n');
    expect(heads(text)).toEqual([['某某补助资金', null]]);
  });

  it('run together: `序号单位名称…项目名称分配金额(万元)1…` opens no form before the table', () => {
    const text =
      '某厅、某社:现下达你单位某某奖励资金,请对照有关绩效目标(详见附件2)做好绩效监控,附件:1.项目奖励资金分配表2.项目绩效目标表海南省财政厅2022年5月17日(此件主动公开)附件1项目奖励资金分配表序号单位名称展销项目名称分配金额(万元)1某厅2021某某对接会3602某社2021某某展销会414合计774附件2项目绩效目标表主管部门:某厅资金总额:774.00项目负责人电话:65300000财政拨款:774.00其他资金:总体目标目标1:成交额不低于60亿元';
    expect(heads(text)).toEqual([[null, '某厅']]);
  });
});

describe('an allocation table on one sheet, a form on the next', () => {
  it('the next sheet ends the allocation table: its untitled form is read', () => {
    const rows: string[][][] = [
      [['分配表'], ['序号'], ['单位名称', '某镇'], ['项目名称', '分配金额(万元)'], ['合计', '12']],
      [['项目名称', '某某道路养护'], ['主管部门', '某县交通运输局'], ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], ['年度资金总额', '10', '12', '12', '10', '100%', '10']],
    ];
    let line = 0;
    const gridRows: GridRow[] = rows.flatMap((sheet, index) => [
      { line: ++line, table: null, kind: 'sheet' as const, cells: [{ text: `Sheet${index + 1}`, col: 0, span: 1, line, ref: `Sheet${index + 1}` }] },
      ...sheet.map((cells) => {
        const at = ++line;
        return { line: at, table: index + 1, cells: cells.map((text, col) => ({ text, col, span: 1, line: at, ref: `R${at}C${col}` })) };
      }),
    ]);
    const doc = recognize({ format: 'xlsx', layout: 'sheets', rows: gridRows, text: gridRows.map((row) => row.cells.map((cell) => cell.text).join(' | ')).join('\n'), notes: [] }, 'book.xlsx');
    expect(doc.selfEvaluations.map((form) => [form.project?.text, form.department?.text])).toEqual([['某某道路养护', '某县交通运输局']]);
  });
});
