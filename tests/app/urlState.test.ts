import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, decodeState, encodeState, type AppState } from '../../src/app/urlState';

describe('urlState', () => {
  it('keeps the default state out of the URL', () => {
    expect(encodeState(INITIAL_STATE)).toBe('');
    expect(decodeState('')).toEqual(INITIAL_STATE);
  });

  it('round-trips every part of the state, including names with commas, ampersands and Chinese text', () => {
    const state: AppState = {
      view: 'execution',
      lang: 'en',
      filters: {
        years: [2024, 2021],
        regions: ['淮南市'],
        departments: ['淮南市人民政府办公室', 'A, B & C'],
        implementingUnits: ['湘西自治州人民政府驻长沙办事处'],
        search: '因公出国(境)',
        rateMin: 0.3,
        rateMax: 0.6,
        flaggedOnly: true,
        flaggedMin: 'high',
        hideDamaged: true,
      },
      evalId: '000_82397be2bbd94de5.txt#3',
      sql: "SELECT count(*) FROM evaluations WHERE region = '淮南市'",
      rules: 'exec.low.high=50&profile=national',
      evalTab: 'plan',
      tabs: { records: 'indicators' },
      tables: {
        'records-evaluations': {
          sorting: [{ id: 'execution_rate', desc: true }, { id: 'project', desc: false }],
          filters: [{ id: 'project', value: '经费 & 补助' }, { id: 'budget_full_year', value: '>=100' }],
        },
        findings: { sorting: [], filters: [{ id: 'rule_id', value: 'plan.' }] },
      },
    };
    const hash = encodeState(state);
    expect(decodeState(`#${hash}`)).toEqual(state);
    expect(hash).toContain('year=2024&year=2021');
    expect(hash).toContain('flagged=high&nodamaged=1');
    expect(hash).toContain('sort.records-evaluations=execution_rate%3Adesc%2Cproject%3Aasc');
    expect(hash).toContain('tab.records=indicators');
    expect(hash).toContain('dd=plan');
  });

  it('keeps flagged=1 (any finding) as before, reads a minimum severity, and ignores one it does not know', () => {
    expect(decodeState('#flagged=1').filters).toMatchObject({ flaggedOnly: true, flaggedMin: 'low' });
    expect(decodeState('#flagged=medium').filters).toMatchObject({ flaggedOnly: true, flaggedMin: 'medium' });
    expect(decodeState('#flagged=constructor').filters).toMatchObject({ flaggedOnly: false, flaggedMin: 'low' });
    expect(encodeState({ ...INITIAL_STATE, filters: { ...INITIAL_STATE.filters, flaggedOnly: true } })).toBe('flagged=1');
  });

  it('drops table and tab parameters it cannot use', () => {
    const s = decodeState('#sort.records-evaluations=execution_rate:sideways,year:desc&sort.a%20b=year:asc&filter.records-evaluations.=x&filter.findings.rule_id=&tab.records=../x&dd=plan');
    expect(s.tables).toEqual({ 'records-evaluations': { sorting: [{ id: 'year', desc: true }], filters: [] } });
    expect(s.tabs).toEqual({});
    // The drill-down's tab means nothing without an open form.
    expect(s.evalTab).toBe('');
  });

  it('reads a hand-written URL and ignores values it cannot use', () => {
    const s = decodeState('#view=inflation&year=2024&year=abc&year=2024&region=%E6%B7%AE%E5%8D%97%E5%B8%82&rmin=x&rmax=0.8&lang=fr');
    expect(s.view).toBe('inflation');
    expect(s.lang).toBe('zh');
    expect(s.filters.years).toEqual([2024]);
    expect(s.filters.regions).toEqual(['淮南市']);
    expect(s.filters.rateMin).toBeNull();
    expect(s.filters.rateMax).toBe(0.8);
    expect(s.filters.flaggedOnly).toBe(false);
  });
});
