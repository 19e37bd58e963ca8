import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/dict';
import { formatCount, formatDateTime, locale } from '../../src/i18n/format';
import { langColumn } from '../../src/i18n/lang';
import { colon, joinClauses, joinList, parenthesized } from '../../src/i18n/punctuation';

describe('the i18n helpers', () => {
  it('join lists and clauses with each language’s punctuation', () => {
    expect(joinList(['甲', '乙', 2024], 'zh')).toBe('甲、乙、2024');
    expect(joinList(['a', 'b'], 'en')).toBe('a, b');
    expect(joinClauses(['甲', '乙'], 'zh')).toBe('甲；乙');
    expect(joinClauses(['a', 'b'], 'en')).toBe('a; b');
    expect(`合计${colon('zh')}1`).toBe('合计：1');
    expect(`Total${colon('en')}1`).toBe('Total: 1');
    expect(`合计${parenthesized('3 行', 'zh')}`).toBe('合计（3 行）');
    expect(`Total${parenthesized('3 rows', 'en')}`).toBe('Total (3 rows)');
  });

  it('choose the locale, the message column and parameterized texts by language', () => {
    expect([locale('zh'), locale('en'), locale('en', 'date')]).toEqual(['zh-CN', 'en', 'en-GB']);
    expect([formatCount(12345, 'zh'), formatCount(12345, 'en')]).toEqual(['12,345', '12,345']);
    const moment = new Date(2026, 10, 30, 9, 5, 7);
    expect(formatDateTime(moment, 'en')).toBe(moment.toLocaleString('en-GB'));
    expect(formatDateTime(moment, 'zh')).toBe(moment.toLocaleString('zh-CN'));
    expect([langColumn('message', 'zh'), langColumn('message', 'en')]).toEqual(['message_zh', 'message_en']);
    expect([t('zh', 'selectedMany')(2), t('en', 'selectedMany')(2)]).toEqual(['已选 2 项', '2 selected']);
    expect(t('zh', 'loadingSources')('5')).toBe('正在载入 5 份文件的数据');
  });
});
