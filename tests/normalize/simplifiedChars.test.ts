import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { cutSimplifiedSuffix, simplifiedChars } from '../../src/normalize/simplifiedChars';
import { TRADITIONAL_PAIRS } from '../../src/normalize/traditionalPairs';
import { FUNDS_COLUMN_ROLES, HEADER_FIELD_LABELS, INDICATOR_COLUMN_ROLES, TITLE_WORDS, TOTAL_LABELS, labelKey, level1Family, level1FamilyOfLevel2 } from '../../src/parse/labels';

/** OpenCC's HK → mainland conversion of every BMP ideograph, one at a time: what the table is made from. */
function openccPairs(): string {
  const convert = Converter({ from: 'hk', to: 'cn' });
  const chars: string[] = [];
  for (let code = 0x3400; code <= 0x9fff; code++) chars.push(String.fromCharCode(code));
  for (let code = 0xf900; code <= 0xfaff; code++) chars.push(String.fromCharCode(code));
  // One call: a line break between characters keeps OpenCC's phrases from joining them.
  const out = convert(chars.join('\n')).split('\n');
  let pairs = '';
  chars.forEach((ch, i) => {
    const simplified = out[i]!;
    if (simplified !== ch && simplified.length === 1 && simplified.charCodeAt(0) < 0xd800) pairs += ch + simplified;
  });
  return pairs;
}

describe('simplifiedChars', () => {
  it('is the table OpenCC gives, character by character', () => {
    // Regenerate src/normalize/traditionalPairs.ts from `openccPairs()` when opencc-js is upgraded.
    expect(TRADITIONAL_PAIRS === openccPairs()).toBe(true);
  });

  it('reads traditional text in simplified characters, the same length', () => {
    expect(simplifiedChars('項目支出績效自評表')).toBe('项目支出绩效自评表');
    expect(simplifiedChars('全年預算數（Ａ）')).toBe('全年预算数（Ａ）');
    expect(simplifiedChars('12.6萬')).toBe('12.6万');
    const printed = '某縣自然資源局本級';
    expect(simplifiedChars(printed)).toHaveLength(printed.length);
  });

  it('gives simplified text back as it is (the same string)', () => {
    const text = '某县自然资源局 2023年度 项目支出绩效自评表 ≥95% 显著提升';
    expect(simplifiedChars(text)).toBe(text);
  });

  it('leaves the forms’ simplified vocabulary alone', () => {
    const vocabulary = [
      ...Object.values(HEADER_FIELD_LABELS).flat(),
      ...Object.values(FUNDS_COLUMN_ROLES).flat(),
      ...Object.values(INDICATOR_COLUMN_ROLES).flat(),
      ...TOTAL_LABELS,
      TITLE_WORDS.source,
    ];
    for (const label of vocabulary) expect(simplifiedChars(label)).toBe(label);
  });

  it('cuts a suffix found in simplified characters from the text as printed', () => {
    expect(cutSimplifiedSuffix('某縣自然資源局本級', /本级$/u)).toBe('某縣自然資源局');
    expect(cutSimplifiedSuffix('某县自然资源局', /本级$/u)).toBe('某县自然资源局');
  });
});

describe('labelKey on traditional text', () => {
  it('is the simplified label', () => {
    expect(labelKey('項目名稱：')).toBe('项目名称');
    expect(labelKey('全年預算數（A）')).toBe('全年预算数(A)');
    expect(labelKey('總分')).toBe('总分');
  });
  it('names the indicator level families', () => {
    expect(level1Family('產出指標(50分)')).toBe('产出指标');
    expect(level1FamilyOfLevel2('滿意度指標')).toBe('满意度指标');
    expect(level1FamilyOfLevel2('社會效益指標')).toBe('效益指标');
  });
});
