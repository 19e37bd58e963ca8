import { describe, expect, it } from 'vitest';
import { type PlacedText, type Ruling, ruledTables } from '../../src/read/ruledTables';

const item = (text: string, x: number, y: number, width = text.length * 10): PlacedText => ({ text, x, y, width, height: 10 });
const h = (y: number, x1: number, x2: number): Ruling => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): Ruling => ({ x1: x, y1, x2: x, y2 });
const join = (line: readonly PlacedText[]) => line.map((i) => i.text).join('');

/**
 * A ruled table of three grid columns (x 0, 50, 100, 200) and three grid rows (y 0, 20, 40, 60):
 * 一级指标 merged down over rows 2–3, the header cell 分值 merged across columns 2–3 in row 1.
 */
const rulings: Ruling[] = [h(0, 0, 200), h(20, 0, 200), h(40, 50, 200), h(60, 0, 200), v(0, 0, 60), v(50, 0, 60), v(100, 20, 60), v(200, 0, 60)];

describe('ruledTables', () => {
  it('reads spans across, merges down and the text outside', () => {
    const { tables, outside } = ruledTables(
      [item('一级', 2, 15), item('分值', 52, 15), item('产出指标', 2, 45), item('数量', 52, 35), item('10', 102, 35), item('质量', 52, 55), item('8', 102, 55), item('总分 100', 0, 80)],
      rulings,
      3,
      join,
    );
    expect(tables).toHaveLength(1);
    expect(tables[0]?.top).toBe(0);
    expect(tables[0]?.columns).toEqual([0, 50, 100, 200]);
    expect(tables[0]?.rows.map((row) => row.cells.map((c) => `${c.col}${c.span > 1 ? `+${c.span}` : ''}:${c.mergedDown ? '↓' : c.text}`))).toEqual([
      ['0:一级', '1+2:分值'],
      ['0:产出指标', '1:数量', '2:10'],
      ['0:↓', '1:质量', '2:8'],
    ]);
    expect(tables[0]?.rows[2]?.cells[0]?.ref).toBe('第3页 x=0 y=40');
    expect(outside.map((i) => i.text)).toEqual(['总分 100']);
  });

  it('reads a merge across in a row only 6 pt high (a sheet fitted to its page), where the rulings above end at its top', () => {
    // The dev set's n-02 printed by Calc: `总分 | 100 | 96.6`, 96.6 in a cell merged over the last two columns, read as
    // a blank cell and 96.6 under the last column only (the column lines of the row above reached its middle within SNAP).
    const short: Ruling[] = [h(0, 0, 200), h(20, 0, 200), h(26, 0, 200), v(0, 0, 26), v(50, 0, 26), v(100, 0, 20), v(200, 0, 26)];
    const { tables } = ruledTables([item('分值', 52, 15), item('得分', 102, 15), item('总分', 2, 25, 20), item('96.6', 170, 25, 25)], short, 1, join);
    expect(tables[0]?.rows.map((row) => row.cells.map((c) => `${c.col}${c.span > 1 ? `+${c.span}` : ''}:${c.text}`))).toEqual([
      ['0:', '1:分值', '2:得分'],
      ['0:总分', '1+2:96.6'],
    ]);
  });

  it('joins a wrapped line without a break, keeps a line the text broke itself', () => {
    const { tables } = ruledTables([item('维修养护', 102, 30, 90), item('供水工程', 102, 38, 40), item('说明', 2, 30, 20), item('附后', 2, 38, 20)], rulings, 1, join);
    const cells = tables[0]?.rows[1]?.cells;
    expect(cells?.find((c) => c.col === 2)?.text).toBe('维修养护供水工程');
    expect(cells?.find((c) => c.col === 0)?.text).toBe('说明\n附后');
  });

  it('counts the gap Word and Writer put between a figure and a Chinese character when it tells a wrapped line', () => {
    // Column 2 ends at x 200: after 1268 (to 186.5) 人 alone would fit by 1 pt, with the gap before it it does not.
    const wrapped = ruledTables([item('1268', 102, 30, 84.5), item('人', 102, 38)], rulings, 1, join);
    expect(wrapped.tables[0]?.rows[1]?.cells.find((c) => c.col === 2)?.text).toBe('1268人');
    const broken = ruledTables([item('维修养护', 102, 30, 84.5), item('供水', 102, 38)], rulings, 1, join);
    expect(broken.tables[0]?.rows[1]?.cells.find((c) => c.col === 2)?.text).toBe('维修养护\n供水');
  });

  it('joins a figure the word processor broke inside for a narrow column (3,200,000.0 / 0), not two figures wrapped at their space', () => {
    // n-01 as a Word table with labels typed over two lines, printed by Writer: the amounts' column narrowed, and
    // `3,200,000.0 0` was read (a space, as between two Latin words wrapped): no amount.
    const broken = ruledTables([item('3,200,000.0', 102, 30, 96), item('0', 102, 38, 5)], rulings, 1, join);
    expect(broken.tables[0]?.rows[1]?.cells.find((c) => c.col === 2)?.text).toBe('3,200,000.00');
    const two = ruledTables([item('2023', 102, 30, 60), item('2024', 102, 38, 40)], rulings, 1, join);
    expect(two.tables[0]?.rows[1]?.cells.find((c) => c.col === 2)?.text).toBe('2023 2024');
  });

  it('passes over an empty item between a line and its wrapped end', () => {
    const { tables } = ruledTables([item('6.9万', 102, 25, 90), item('', 102, 31, 0.5), item('元', 102, 37)], rulings, 1, join);
    expect(tables[0]?.rows[1]?.cells.find((c) => c.col === 2)?.text).toBe('6.9万元');
  });

  it('splits an item pdf.js joined across a ruling at its space nearest the ruling', () => {
    const { tables } = ruledTables([item('本年财政拨款 280.00', 52, 35, 120)], rulings, 1, join);
    expect(tables[0]?.rows[1]?.cells.map((c) => c.text)).toEqual(['', '本年财政拨款', '280.00']);
  });

  it('splits an item joined across a ruling with no space in it between full-width characters (Chromium: `）分值`)', () => {
    // n-02 saved as PDF by Chromium: the bracket of 全年执行数（B） wrapped onto the line of the next cell's 分值, one item.
    const { tables } = ruledTables([item('全年执行数（B', 52, 30, 48), item('）分值', 88, 38, 36)], rulings, 1, join);
    expect(tables[0]?.rows[1]?.cells.map((c) => c.text)).toEqual(['', '全年执行数（B）', '分值']);
    // Not in Latin text, whose characters differ in width, nor where the ruling falls at the item's edge.
    const latin = ruledTables([item('Total10', 65, 35, 40)], rulings, 1, join);
    expect(latin.tables[0]?.rows[1]?.cells.map((c) => c.text)).toEqual(['', 'Total10', '']);
  });

  it('takes the two edges of a thick border (a filled 2.25 pt rectangle) for one column line', () => {
    const thick = [...rulings, v(102.25, 20, 60), v(202.25, 0, 60)];
    const { tables } = ruledTables([item('数量', 52, 35), item('10', 105, 35)], thick, 1, join);
    expect(tables[0]?.columns).toEqual([0, 50, 100, 200]);
    expect(tables[0]?.rows[1]?.cells.map((c) => c.text)).toEqual(['', '数量', '10']);
  });

  it('finds no table in a lone frame or stray lines', () => {
    expect(ruledTables([item('甲', 10, 10)], [h(0, 0, 100), h(30, 0, 100), v(0, 0, 30), v(100, 0, 30)], 1, join)).toEqual({ tables: [], outside: [item('甲', 10, 10)] });
  });
});
