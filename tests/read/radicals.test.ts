import { describe, expect, it } from 'vitest';
import { RADICALS } from '../../src/read/radicals';

describe('RADICALS', () => {
  it('reads the radicals a PDF text layer gives as the ideographs they stand for', () => {
    expect(RADICALS.replace('⻘⽲县⽔利局2025年度项⽬⽀出绩效⽬标表')).toBe('青禾县水利局2025年度项目支出绩效目标表');
    expect(RADICALS.replace('主管部⻔ | 其中：财政拨款 | ⻓效运⾏')).toBe('主管部门 | 其中：财政拨款 | 长效运行');
  });

  it('agrees with NFKC on every Kangxi radical (U+2F00–U+2FD5), whose decompositions Unicode gives, but the door radical', () => {
    for (let code = 0x2f00; code <= 0x2fd5; code++) {
      const radical = String.fromCodePoint(code);
      if (radical !== '⼾') expect(RADICALS.replace(radical), radical).toBe(radical.normalize('NFKC'));
    }
  });

  it('reads the door radical as 户, the ideograph a simplified-Chinese font shares its glyph with (not NFKC\'s 戶)', () => {
    expect(RADICALS.replace('受益城区居民⼾数 | ≥1万⼾')).toBe('受益城区居民户数 | ≥1万户');
  });

  it('leaves other text as it is, and counts what it replaces', () => {
    const text = '项目名称（万元）：≥90%\n第二行';
    expect(RADICALS.holds(text)).toBe(false);
    expect(RADICALS.replace(text)).toBe(text);
    expect(RADICALS.replace('⻘⽲县\n⽔利局').split('\n')).toEqual(['青禾县', '水利局']);
    expect(RADICALS.note(2)).toBe('2 cells: CJK radicals read as the ideographs they stand for (⻘ → 青)');
  });
});
