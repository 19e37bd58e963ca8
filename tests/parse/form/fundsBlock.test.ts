import { describe, expect, it } from 'vitest';
import { isFundsHeaderLine, readFundsHeader, readFundsTotal, withHeaderLines, withLeadingColumns } from '../../../src/parse/form/fundsBlock';
import { rowsOf, tabRow } from '../support/rows';

describe('fundsBlock', () => {
  it('reads the funds row by the header roles, joining an amount OCR split (003 lines 365–366)', () => {
    const header = readFundsHeader(tabRow(365, '\t\t\t年初预算数\t全年预算数\t全年执行\t\t分数\t执行率(%)\t得分'))!;
    const { funds, warnings } = readFundsTotal(tabRow(366, '\t\t年度资金总额:\t1,733.50\t3,233.50\t3,232.7\t4\t10.00\t99.97\t9.99'), header, false);
    expect(Object.values(funds).map((cell) => cell?.text)).toEqual(['1,733.50', '3,233.50', '3,232.74', '10.00', '99.97', '9.99']);
    expect(warnings).toEqual(['amount_split_joined']);
  });

  it('keeps an amount whole when the stray digit after it is noise (003 line 210: `211.24|1`)', () => {
    const header = readFundsHeader(tabRow(209, '\t\t\t年初预算数\t全年预算数\t全年执行\t\t分数\t执行率(%)\t得分'))!;
    const { funds, warnings } = readFundsTotal(tabRow(210, '\t\t年度资金总额:\t839.00\t289.00\t211.24\t1\t10.00\t73.09\t7.30'), header, false);
    expect(funds.executed).toEqual({ text: '211.24', line: 210 });
    expect(warnings).toEqual([]);
  });

  it('reads the Sichuan header by its synonyms cell by cell: the block label `年度预算数（万元）` is no column', () => {
    const [header, total] = rowsOf('预算执行情况(10分) |\n年度预算数(万元) |\n年初预算 |\n调整后预算数 |\n预算执行数 |\n预算执行率 |\n权重 |\n得分 |\n原因 |\n总额 |\n86.40 |\n92.75 |\n90.12 |\n97.16% |\n10 |\n|\n说明 |');
    const read = readFundsHeader(header!)!;
    expect(read.order).toEqual(['budgetInitial', 'budgetFullYear', 'executed', 'rate', 'weight', 'score', 'note']);
    const { funds } = readFundsTotal(total!, read, true);
    expect([funds.budgetInitial, funds.budgetFullYear, funds.executed, funds.rate, funds.weight, funds.score].map((cell) => cell?.text ?? null)).toEqual(['86.40', '92.75', '90.12', '97.16%', '10', null]);
    expect(funds.executed?.line).toBe(13);
  });

  it('reads the figures after the row label where the header names the label column (`… | 资金来源 | 年初预算数(A) | …`)', () => {
    const [header, total] = rowsOf('| 部门(单位)总体 资金(万元) | 资 金 来 源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法 |\n| 年度资金总额: | 1172.55 | 1268.72 | 10 | 10 | 执行率*分值 |');
    const read = readFundsHeader(header!)!;
    expect(read.rowLabelEnd).toBe(2);
    const { funds } = readFundsTotal(total!, read, false);
    expect([funds.budgetInitial, funds.executed, funds.weight, funds.score].map((cell) => cell?.text ?? null)).toEqual(['1172.55', '1268.72', '10', '10']);
  });

  it('reads a bare 预算数 beside an adjusted budget as the initial budget (Hubei: 预算数 | 调整预算数（A） | 执行数（B）), alone as the full-year one', () => {
    const [header, total] = rowsOf('| 预算执行情况(万元) (20分) | 预算数 | 调整预算数（A） | 执行数（B） | 执行率（B/A） | 得分 (20分*执行率) |\n| 年度财政资金总额 | 300 | 330 | 313.5 | 95.00% | 19 |');
    const read = readFundsHeader(header!)!;
    expect(read.order).toEqual(['budgetInitial', 'budgetFullYear', 'executed', 'rate', 'score']);
    const { funds } = readFundsTotal(total!, read, false);
    expect([funds.budgetInitial, funds.budgetFullYear, funds.executed].map((cell) => cell?.text ?? null)).toEqual(['300', '330', '313.5']);
    // With 年初预算数 named, or no adjusted budget, 预算数 keeps its reading.
    expect(readFundsHeader(rowsOf('| 年初预算数 | 预算数 | 调整预算数 | 执行数 |')[0]!)!.order).toEqual(['budgetInitial', 'budgetFullYear', 'executed']);
    expect(readFundsHeader(rowsOf('| 预算执行情况(万元) | 预算数(A) | 执行数(B) | 执行率(B/A) |')[0]!)!.order).toEqual(['budgetFullYear', 'executed', 'rate']);
  });

  it('moves a rate printed in an amount column to the rate (the row dropped a blank 执行数 cell)', () => {
    const [header, total] = rowsOf('| 预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |\n| 部门整体支出总额 | 864.2 | 100% | 20 | |');
    const { funds, warnings } = readFundsTotal(total!, readFundsHeader(header!)!, false);
    expect([funds.budgetFullYear, funds.executed, funds.rate, funds.score].map((cell) => cell?.text ?? null)).toEqual(['864.2', null, '100%', '20']);
    expect(warnings).toContain('funds_columns_solved');
  });

  it('reads a row whose blank cells the text dropped by its arithmetic (five figures under six headers)', () => {
    const [header, total] = rowsOf('年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n年度资金总额: 650 650 618.8 10 9.5');
    const { funds } = readFundsTotal(total!, readFundsHeader(header!)!, false);
    expect([funds.budgetInitial, funds.budgetFullYear, funds.executed, funds.weight, funds.rate, funds.score].map((cell) => cell?.text ?? null)).toEqual(['650', '650', '618.8', '10', null, '9.5']);
  });

  describe('a row whose first cell, the block label merged down, the text dropped (`| 年度资金总额 | …` under `项目资金（万元） | | 年初预算数 | …`)', () => {
    const header = () => readFundsHeader(tabRow(5, '项目资金（万元）\t\t年初预算数\t全年预算数（A）\t全年执行数（B）\t分值\t执行率（B/A）\t得分'))!;
    const read = (figures: string) => {
      const { funds } = readFundsTotal(tabRow(6, `年度资金总额\t${figures}`), header(), true);
      return [funds.budgetInitial, funds.budgetFullYear, funds.executed, funds.weight, funds.rate, funds.score].map((cell) => cell?.text ?? null);
    };

    it('reads a rate printed as a fraction (0.9339) against the amounts, as the record will: the columns are placed by it', () => {
      expect(read('280.00\t300.00\t280.17\t10\t0.9339\t9.34')).toEqual(['280.00', '300.00', '280.17', '10', '0.9339', '9.34']);
    });

    it('checks amounts printed with their unit (`280.17万元`) against the rate like plain ones', () => {
      expect(read('280.00万元\t300.00万元\t280.17万元\t10\t93.39%\t9.34')).toEqual(['280.00', '300.00', '280.17', '10', '93.39%', '9.34']);
    });

    it('takes no rate for the weight: a row of zeros, and a row with no weight or score printed', () => {
      expect(read('0.00\t0.00\t0.00\t10\t0.00%\t0')).toEqual(['0.00', '0.00', '0.00', '10', '0.00%', '0']);
      expect(read('280.00\t300.00\t280.17\t\t93.39%\t')).toEqual(['280.00', '300.00', '280.17', null, '93.39%', null]);
    });

    it('places the amounts of a header with no rate to check them by: no figure is left unread before the first column', () => {
      const amountsOnly = readFundsHeader(tabRow(5, '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数'))!;
      const { funds } = readFundsTotal(tabRow(6, '年度资金总额\t280.00\t300.00\t280.17'), amountsOnly, true);
      expect([funds.budgetInitial, funds.budgetFullYear, funds.executed].map((cell) => cell?.text ?? null)).toEqual(['280.00', '300.00', '280.17']);
    });

    it('takes no score for the rate when the rate cell is blank: the amounts contradict that reading', () => {
      expect(read('280.00\t300.00\t280.17\t10\t\t9.34')).toEqual(['280.00', '300.00', '280.17', '10', null, '9.34']);
    });
  });

  it('takes a header printed over three lines without columns (a PDF with no ruling lines) in the template order, and reads the row by it', () => {
    const [first, second, notes, total] = [
      tabRow(12, '全年预算数\t全年执行数\t执行率'),
      tabRow(13, '年初预算数\t分值\t得分'),
      tabRow(14, '（A）\t（B）\t（B/A）'),
      tabRow(16, '金\t年度资金总额\t280.00\t300.00\t280.17\t10\t93.39%\t9.34'),
    ];
    expect([second, notes].map((row) => isFundsHeaderLine(row!))).toEqual([true, true]);
    expect(isFundsHeaderLine(total!)).toBe(false);
    const header = withHeaderLines(readFundsHeader(first!)!, [second!, notes!])!;
    expect([header.order, header.stacked]).toEqual([['budgetInitial', 'budgetFullYear', 'executed', 'weight', 'rate', 'score'], true]);
    const { funds } = readFundsTotal(total!, header, false);
    expect(Object.values(funds).map((cell) => cell?.text)).toEqual(['280.00', '300.00', '280.17', '10', '93.39%', '9.34']);
    // Read by the first line's columns alone, the row does not fit them: 300.00 is taken for the executed amount.
    expect(readFundsTotal(total!, readFundsHeader(first!)!, false).funds.executed?.text).toBe('300.00');
  });

  it('leaves a header whose further lines only note its columns as it was', () => {
    const header = readFundsHeader(tabRow(1, '年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分'))!;
    expect(withHeaderLines(header, [tabRow(2, '（A）\t（B）\t（B/A）')])).toBeNull();
  });

  it('takes a column whose label was printed before the header with its figure as its first, and reads the row by order (c-01)', () => {
    const [header, total] = rowsOf('全年预算数 全年执行数 分值 执行率 得分\n0 86.3275 10 100% 10 86.3275 — 100% —');
    const read = withLeadingColumns(readFundsHeader(header!)!, ['budgetInitial'])!;
    expect([read.order, read.stacked]).toEqual([['budgetInitial', 'budgetFullYear', 'executed', 'weight', 'rate', 'score'], true]);
    const { funds } = readFundsTotal({ ...total!, flow: true }, read, false);
    // The printed 100% says 86.3275 is the budget, not an amount spent from a zero one; the executed amount is not in the row.
    expect(Object.values(funds).map((cell) => cell?.text ?? null)).toEqual(['0', '86.3275', null, '10', '100%', '10']);
    expect(withLeadingColumns(readFundsHeader(header!)!, ['budgetFullYear', 'executed'])).toBeNull();
  });

  it('states when the header gives amounts in 元', () => {
    expect(readFundsHeader(tabRow(1, '项目资金（元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分'))?.yuan).toBe(true);
    expect(readFundsHeader(tabRow(1, '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分'))?.yuan).toBe(false);
  });
});
