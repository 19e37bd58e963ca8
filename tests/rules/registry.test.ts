import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/registry';
import { RULE_GROUPS, ruleGroup } from '../../src/rules/rule';

describe('rule registry', () => {
  it('lists the 32 rules of issue 4 once each, in known groups', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(32);
    expect(ids.every((id) => ruleGroup(id) in RULE_GROUPS)).toBe(true);
  });

  it('gives every rule a bilingual title and a rationale citing its practice, and prefixed parameters with defaults in range', () => {
    for (const rule of RULES) {
      expect(rule.title.zh && rule.title.en, rule.id).toBeTruthy();
      expect(rule.rationale.zh, rule.id).toMatch(/财预〔20\d\d〕\d+号|预算法/);
      for (const p of rule.params) {
        expect(p.key.startsWith(`${rule.id}.`), p.key).toBe(true);
        expect(p.default >= p.min && p.default <= p.max, p.key).toBe(true);
      }
    }
  });

  it('has fixture tests naming every rule', () => {
    const dir = new URL('.', import.meta.url).pathname;
    const tests = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => readFileSync(dir + f, 'utf8')).join('\n');
    expect(RULES.filter((r) => !tests.includes(`describe('${r.id}'`)).map((r) => r.id)).toEqual([]);
  });
});
