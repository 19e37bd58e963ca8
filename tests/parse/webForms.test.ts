/**
 * Forms of other systems' web pages, saved from the browser (tests/fixtures/README.md, "Fixtures t-…"): the EasyUI
 * internal-control system's self-evaluation pages, their panel titles, upload field and label → value funds sections.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/parse/recognize';
import { htmlGrid } from '../../src/read/html';

const page = (html: string) => recognize(htmlGrid(html), 'page.html');
const head = '<tr><td>项目名称</td><td colspan="4">农村公路日常养护补助</td></tr><tr><td>主管部门及代码</td><td>[132]某市交通运输局</td><td></td><td>承担处室</td><td>公路养护科</td></tr>';
const grid =
  '<table><tr><td></td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>预期实现值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr></table>' +
  '<table><tr><td>1</td><td>产出指标</td><td>数量指标</td><td>完成养护里程</td><td>≥860公里</td><td>902公里</td><td>20</td><td>20</td></tr>' +
  '<tr><td>2</td><td>满意度指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>≥90%</td><td>92.6%</td><td>10</td><td>9</td></tr></table>';

describe('saved web forms', () => {
  it('reads a panel title between the form\'s tables (绩效指标信息) and an upload field (`附件 | …`) as parts of the form: its indicator grid is its own (t-01)', () => {
    const doc = page(
      `<div>项目支出信息</div><table>${head}<tr><td>项目资金（万元）</td><td></td><td>预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>` +
        '<tr><td></td><td>年度资金总额</td><td>1450</td><td>1382.4</td><td>10</td><td>95.34%</td><td>9.53</td></tr></table>' +
        `<div>绩效指标信息</div><table><tr><td>附件</td><td colspan="4"></td></tr></table>${grid}`,
    );
    expect(doc.selfEvaluations).toHaveLength(1);
    // The grid's 预期实现值 is the target.
    expect(doc.selfEvaluations[0]!.indicators.map((indicator) => [indicator.name?.text, indicator.target?.text, indicator.score?.text])).toEqual([
      ['完成养护里程', '≥860公里', '20'],
      ['群众满意度', '≥90%', '9'],
    ]);
    expect(doc.unparsed.map((line) => line.text)).not.toContain('绩效指标信息');
  });

  it('reads funds given fund by fund as label → value pairs, the total\'s from its own section only (t-02)', () => {
    const section = (fund: string, budget: string, executed: string, rate: string, score: string) =>
      `<tr><td colspan="5">项目资金-${fund}(万元)</td></tr><tr><td>预算数</td><td>${budget}</td><td></td><td>*全年执行数</td><td>${executed}</td></tr>` +
      `<tr><td>*分制</td><td>百分制</td><td></td><td>*执行率</td><td>${rate}</td></tr><tr><td>*得分</td><td colspan="4">${score}</td></tr>`;
    const doc = page(`<table>${head}${section('年度资金总额', '1450.00', '1382.40', '0.95', '9.50')}${section('财政拨款', '1200.00', '1150.00', '0.96', '9.60')}</table>${grid}`);
    const funds = doc.selfEvaluations[0]!.funds;
    expect([funds.budgetFullYear, funds.executed, funds.rate, funds.score, funds.weight].map((cell) => cell?.text ?? null)).toEqual(['1450.00', '1382.40', '0.95', '9.50', null]);
    expect(doc.selfEvaluations[0]!.department?.text).toBe('[132]某市交通运输局');
  });

  it('passes over a page\'s 中期目标 section (its money, goal and 中期绩效指标) up to 年度目标, whose money and indicators are the form\'s (t-05)', () => {
    const kpi = (rows: string) => `<table><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th><th>单位</th></tr>${rows}</table>`;
    const doc = page(
      '<table><tr><td>项目名称：</td><td colspan="3">监管平台建设</td></tr><tr><td>项目单位：</td><td>某信息中心</td><td>主管单位及代码：</td><td>某省国资委（101）</td></tr>' +
        '<tr><td>项目开始年份：</td><td>2024</td><td>实施方案及可行性：</td><td>分两期建设</td></tr></table>' +
        '<div>中期目标</div><table><tr><td>中期资金总额：</td><td>1,260.00万元</td><td>其中：财政拨款：</td><td>1,260.00万元</td></tr><tr><td>中期目标：</td><td>建成平台</td></tr></table>' +
        `<div>中期绩效指标</div>${kpi('<tr><td>产出指标</td><td>数量指标</td><td>接入企业数量</td><td>≥40</td><td>户</td></tr>')}` +
        '<div>年度目标</div><table><tr><td>年度资金总额：</td><td>480.00万元</td><td>其中：财政拨款：</td><td>480.00万元</td></tr><tr><td>年度目标：</td><td>完成一期</td></tr></table>' +
        `<div>年度绩效指标</div>${kpi('<tr><td>产出指标</td><td>数量指标</td><td>接入企业数量</td><td>≥25</td><td>户</td></tr><tr><td>产出指标</td><td>时效指标</td><td>上线时间</td><td>2024年12月底前</td><td>--</td></tr>')}`,
    );
    expect(doc.targetTables).toHaveLength(1);
    const form = doc.targetTables[0]!;
    expect([form.department?.text, form.budgetTotal?.text, form.year]).toEqual(['某省国资委（101）', '480.00万元', null]);
    expect(form.indicators.map((indicator) => [indicator.name?.text, indicator.target?.text])).toEqual([
      ['接入企业数量', '≥25户'],
      ['上线时间', '2024年12月底前'],
    ]);
  });

  it('opens a target table that prints no title or 项目名称 at its money laid out across, each figure under its label (t-06)', () => {
    const doc = page(
      '<div>绩效目标申报</div><div>年度绩效信息</div><table><tr><td>年度资金总额（万元）</td><td>其中：</td><td>财政拨款（万元）</td><td>其他资金（万元）</td></tr>' +
        '<tr><td>128.60</td><td colspan="2">120.00</td><td>8.60</td></tr><tr><td colspan="4">年度目标</td></tr><tr><td colspan="4">培训3000人次</td></tr></table>' +
        '<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr><tr><td>产出指标</td><td>数量指标</td><td>培训人次</td><td>≥3000人次</td></tr></table>',
    );
    expect(doc.targetTables.map((form) => [form.project, form.budgetTotal?.text, form.budgetFiscal?.text, form.budgetOther?.text])).toEqual([[null, '128.60', '120.00', '8.60']]);
  });

  it('opens no form at money laid out across that no indicator table follows', () => {
    const doc = page('<table><tr><td>年度资金总额（万元）</td><td>财政拨款（万元）</td></tr><tr><td>128.60</td><td>120.00</td></tr></table><p>以上为年度资金安排。</p>');
    expect(doc.targetTables).toEqual([]);
  });

  it('reads a target table laid out as form groups, its 年份 above 项目名称 and its year\'s money after the mid-term\'s (t-08)', () => {
    const group = (label: string, value: string) => `<div class="form-group"><label>${label}</label><div><input value="${value}"></div></div>`;
    const doc = page(
      '<h1>项目支出绩效目标申报管理</h1><form>' +
        [['年份：', '2025'], ['项目名称：', '校园安全提升工程'], ['主管部门及代码：', '某市教育局'], ['中期资金总额：', '1860.00'], ['中期财政拨款：', '1860.00'],
          ['年度资金总额：', '642.50'], ['年度其他资金：', '0.00'], ['年度财政拨款：', '642.50']].map(([label, value]) => group(label!, value!)).join('') +
        '</form>',
    );
    const form = doc.targetTables[0]!;
    expect([form.project?.text, form.department?.text, form.year?.text, form.budgetTotal?.text, form.budgetFiscal?.text]).toEqual(['校园安全提升工程', '某市教育局', '2025', '642.50', '642.50']);
  });

  it('reads a title that names its project after a double dash (`项目绩效目标申报表（培训类）--<project>`, t-10)', () => {
    const doc = page(
      '<table><tr><td colspan="4">项目绩效目标申报表（培训类）--基层统计人员业务能力提升培训</td></tr>' +
        '<tr><td>一级指标</td><td>二级指标</td><td>指标内容</td><td>指标值</td></tr><tr><td>1.项目产出</td><td>1.参训人数完成率</td><td>实际参训人数占计划人数</td><td>不低于90%</td></tr></table>',
    );
    expect(doc.targetTables.map((form) => form.project?.text)).toEqual(['基层统计人员业务能力提升培训']);
  });
});
