import { describe, expect, it } from 'vitest';
import { type PlacedText, type Ruling, pdfTextRows, textItems } from '../../src/read/pdfTextRows';

const item = (text: string, x: number, y: number, width = text.length * 10.5): PlacedText => ({ text, x, y, width, height: 10.5 });

describe('pdfTextRows', () => {
  it('clusters items into lines by baseline, splits cells at gaps and joins items that touch', () => {
    const rows = pdfTextRows([
      {
        width: 595,
        rulings: [],
        items: [
          item('280.00', 203.3, 332, 32.6),
          item('年度资金', 103.8, 332),
          item('总额', 145.8, 332.4),
          item('项目资金', 58.2, 335),
          item('(B/A)', 422.8, 350, 25),
        ],
      },
    ]);
    expect(rows.map((row) => row.cells.map((cell) => [cell.text, cell.ref]))).toEqual([
      [
        ['项目资金', '第1页 x=58 y=335'],
        ['年度资金总额', '第1页 x=104 y=332'],
        ['280.00', '第1页 x=203 y=332'],
      ],
      [['(B/A)', '第1页 x=423 y=350']],
    ]);
  });

  it('drops the space typesetting leaves between Chinese and digits, keeps it between Latin words', () => {
    const rows = pdfTextRows([{ width: 595, rulings: [], items: [item('≥45 处', 272, 569, 31), item('Pass rate', 400, 569, 45)] }]);
    expect(rows[0]?.cells.map((cell) => cell.text)).toEqual(['≥45处', 'Pass rate']);
  });

  it('numbers tables by runs of multi-cell lines; a short line inside a run stays in it, a wide one ends it; a wrapped cell is joined', () => {
    const rows = pdfTextRows([
      {
        width: 595,
        rulings: [],
        items: [
          item('项目支出绩效自评表', 265, 212),
          item('项目名称', 58, 263),
          item('农村饮水安全工程维修养护项目', 142, 263),
          item('维修养护供水', 203, 561),
          item('工程', 203, 577),
          item('≥45处', 272, 569, 31),
          item('48处', 329, 569, 21),
          item('— 1 —', 280, 700, 30),
          item('填报单位（盖章）：青禾县水利局 填报人：周明华 联系电话：0797-6821305', 57, 800, 420),
        ],
      },
      { width: 595, rulings: [], items: [item('网。', 469, 42), item('长效运行', 272, 75), item('10', 387, 75, 10.8)] },
    ]);
    expect(rows.map((row) => [row.table, row.cells.map((cell) => cell.text).join(' | ')])).toEqual([
      [null, '项目支出绩效自评表'],
      [1, '项目名称 | 农村饮水安全工程维修养护项目'],
      [1, '维修养护供水工程 | ≥45处 | 48处'],
      [1, '— 1 —'],
      [null, '填报单位（盖章）：青禾县水利局 填报人：周明华 联系电话：0797-6821305'],
      [null, '网。'],
      [2, '长效运行 | 10'],
    ]);
  });

  it('goes on with a ruled table that starts the next page with the same columns, joining the row the break split', () => {
    const box = (top: number, bottom: number): Ruling[] => [
      { x1: 50, y1: top, x2: 250, y2: top },
      { x1: 50, y1: bottom, x2: 250, y2: bottom },
      ...[50, 150, 250].map((x) => ({ x1: x, y1: top, x2: x, y2: bottom })),
    ];
    const rows = pdfTextRows([
      { width: 595, rulings: box(700, 760), items: [item('农村自来水普及率', 52, 715, 84), item('未达目标；下一步争取', 152, 715, 95)] },
      { width: 595, rulings: [...box(30, 50), ...box(50, 80)], items: [item('省级补助。', 152, 45, 50), item('受益群众满意度', 52, 70, 70), item('93.6%', 152, 70, 28)] },
    ]);
    expect(rows.map((row) => [row.table, row.cells.map((cell) => cell.text)])).toEqual([
      [1, ['农村自来水普及率', '未达目标；下一步争取省级补助。']],
      [1, ['受益群众满意度', '93.6%']],
    ]);
  });
});

describe('textItems', () => {
  it("keeps a space Chromium sets as an item of its own between two words, on the word before it, and drops the layout's blanks", () => {
    // c-09 saved as PDF by Chromium: 地方主管部门 `安徽省残疾人联合会 淮南市残疾人联合会` read as one word.
    const page = [item('主管部门', 32, 100, 48), item(' ', 80, 100, 366), item('安徽省残疾人联合会', 355, 100, 108), item(' ', 463, 100, 5.1), item('淮南市残疾人联合会', 467, 100, 108), item(' ', 575, 100, 5.1)];
    expect(textItems(page).map((kept) => kept.text)).toEqual(['主管部门', '安徽省残疾人联合会 ', '淮南市残疾人联合会 ']);
    const rows = pdfTextRows([{ width: 595, rulings: [], items: textItems(page) }]);
    expect(rows.flatMap((row) => row.cells.map((cell) => cell.text))).toContain('安徽省残疾人联合会 淮南市残疾人联合会');
    // A blank that does not touch the word before it, or on another line, is no space of the text.
    expect(textItems([item('年度', 10, 100, 21), item(' ', 40, 100, 5), item('总额', 10, 120, 21), item(' ', 31, 130, 5)]).map((kept) => kept.text)).toEqual(['年度', '总额']);
  });
});
