import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings, RULE_PARAMS, serializeSettings } from '../../src/rules/settings';

describe('settings', () => {
  it('has every parameter at its default', () => {
    const settings = defaultSettings();
    expect(settings.params['exec.low.high']).toBe(60);
    expect(settings.params['exec.low.medium']).toBe(80);
    expect(settings.params['budget.adjusted.threshold']).toBe(20);
    expect(settings.params['inflation.low_exec_high_score.min_score']).toBe(90);
    expect(Object.keys(settings.params)).toHaveLength(RULE_PARAMS.length);
    expect(settings.defaultProfile).toBe('national');
  });

  it('serializes only what differs from the defaults, and parses it back', () => {
    expect(serializeSettings(defaultSettings())).toBe('');
    const settings = defaultSettings();
    settings.params['exec.low.high'] = 50;
    settings.defaultProfile = 'steps';
    settings.regionProfiles['淮南市'] = 'rate_x20';
    settings.disabledRules = ['form.empty', 'exec.zero'];
    const text = serializeSettings(settings);
    expect(text).toBe(`exec.low.high=50;profile=steps;${encodeURIComponent('profile@淮南市')}=rate_x20;off=${encodeURIComponent('exec.zero,form.empty')}`);
    expect(parseSettings(text)).toEqual({ ...settings, disabledRules: ['exec.zero', 'form.empty'] });
  });

  it('keeps a region name with ; and = intact', () => {
    const settings = defaultSettings();
    settings.regionProfiles['a;b=c'] = 'steps';
    expect(parseSettings(serializeSettings(settings)).regionProfiles).toEqual({ 'a;b=c': 'steps' });
  });

  it('ignores unknown keys, out-of-range or non-numeric values, unknown profiles and rules', () => {
    const parsed = parseSettings('exec.low.high=150;exec.low.medium=abc;nope=1;profile=fancy;profile@x=steps2;off=exec.zero,bogus;%E0%A4%A=1;calc.total.tolerance=0.1');
    const expected = defaultSettings();
    expected.params['calc.total.tolerance'] = 0.1;
    expected.disabledRules = ['exec.zero'];
    expect(parsed).toEqual(expected);
  });
});
