import { describe, expect, it } from 'vitest';
import { PINYIN_NOTES, withoutPinyinNotes } from '../../src/read/pinyinNotes';

describe('PINYIN_NOTES', () => {
  it("drops a mirror site's pinyin notes after characters", () => {
    expect(withoutPinyinNotes('項(xiàng)目名稱')).toBe('項目名稱');
    expect(withoutPinyinNotes('全年預(yù)算數(shù)(A)')).toBe('全年預算數(A)');
    expect(PINYIN_NOTES.holds('績效目標(biāo)自評表')).toBe(true);
  });

  it('joins a word a printed cell wrapped before its note (a PDF of the page: 全年預 / (yù)算數)', () => {
    expect(withoutPinyinNotes('全年預\n(yù)算數')).toBe('全年預算數');
    expect(withoutPinyinNotes('年度指標\n(biāo)值')).toBe('年度指標值');
  });

  it('keeps units and words in brackets: no tone mark, a capital, or no character before them', () => {
    for (const text of ['道路长度(km)', '面积(m)', '附件(pdf)', '预算数(A)', '执行数(B)', '(nf)模', 'Excel(xls)', '完成率\n(%)']) {
      expect(withoutPinyinNotes(text), text).toBe(text);
      expect(PINYIN_NOTES.holds(text), text).toBe(false);
    }
  });
});
