/**
 * Dev-set forms whose text fixtures read right, as an agency's Word table, Excel sheet or PDF print of the same
 * form would give them: real table rows (a label and its value side by side in one row) where the text had a
 * value on a line of its own. Each page here is a small table of such a form; each test failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingestDocument';

/** A web page of one table, a row per array, one cell per string (an empty string: an empty cell). */
const page = (rows: readonly (readonly string[])[], before = ''): Uint8Array =>
  new TextEncoder().encode(`<html><body>${before}<table>${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</table></body></html>`);

describe('forms read from table rows', () => {
  it("takes a project named by its form's title (项目名称 | …经费支出绩效自评表) from the 项目名称 row's own cell", async () => {
    // a-09 as a table: the name's cell reads like a title, and was taken for one, not for the value of 项目名称.
    const doc = await ingestDocument(
      page([
        ['2020年度项目支出绩效自评表'],
        ['项目名称', '2020年省级森林防火专项补助经费支出绩效自评表'],
        ['主管部门', '丽江市林业和草原局', '实施单位', '玉龙纳西族自治县林业和草原局'],
        ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', '15.60', '15.60', '14.82', '10.00', '95%', '9.50'],
        ['总分', '100', '94.00'],
      ]),
      'form.html',
    );
    expect(doc.rows.evaluations.map((form) => [form.project, form.department, form.budget_full_year, form.executed])).toEqual([['2020年省级森林防火专项补助经费', '丽江市林业和草原局', 15.6, 14.82]]);
  });

  it('reads the year of a year line a PDF split at the gaps of its blank (（ | 2024 | 年度）)', async () => {
    // n-11 printed to PDF: `（  2024  年度）` under the title came out as a row of three cells, and the form had no year.
    const doc = await ingestDocument(
      page(
        [
          ['项目名称', '包河区生活垃圾分类收运处置补助'],
          ['主管部门及代码', '[412]合肥市包河区城市管理局', '实施单位', '合肥市包河区环境卫生管理所'],
          ['项目资金（万元）', '中期资金总额：', '4500.00', '年度资金总额：', '1480.00'],
        ],
        '<p>项目支出绩效目标申报表</p><table><tr><td>（</td><td>2024</td><td>年度）</td></tr></table>',
      ),
      'target.html',
    );
    expect(doc.rows.target_tables.map((form) => [form.project, form.year, form.budget_total])).toEqual([['包河区生活垃圾分类收运处置补助', 2024, 1480]]);
  });

  it('reads 年初预算数 from the sub-column named the budget when its label spans two (目标申报数 | 预算编制数)', async () => {
    // n-05, Shanxi's 项目支出绩效自评表 export, with its header as the sheet has it: 年初预算数 merged over two sub-columns.
    // Its text lost where they stand (and read the right figure by chance); the table gave the first, 目标申报数's 1,250.
    const table = `<table>
      <tr><td>项目名称</td><td colspan="7">太原市小店区城镇老旧小区改造配套设施建设补助</td></tr>
      <tr><td>主管部门及代码</td><td colspan="3">115001-太原市小店区住房和城乡建设局</td><td>预算单位</td><td colspan="3">115003-太原市小店区城镇建设服务中心</td></tr>
      <tr><td rowspan="3">项目资金预算安排及执行进度（万元）</td><td rowspan="2"></td><td colspan="2">年初预算数</td><td rowspan="2">全年预算数</td><td rowspan="2">全年执行数</td><td rowspan="2">执行率</td><td rowspan="2">得分</td></tr>
      <tr><td>目标申报数</td><td>预算编制数</td></tr>
      <tr><td>资金总额：</td><td>1,250.00</td><td>1,200.00</td><td>1,380.00</td><td>1,311.00</td><td>95.00%</td><td>9.50</td></tr>
    </table>`;
    const doc = await ingestDocument(new TextEncoder().encode(`<html><body><p>项目支出绩效自评表</p><p>（2023年度）</p>${table}</body></html>`), 'form.html');
    expect(doc.rows.evaluations.map((form) => [form.budget_initial, form.budget_full_year, form.executed, form.execution_rate_reported])).toEqual([[1200, 1380, 1311, 0.95]]);
  });
});
