import { describe, expect, it } from 'vitest';
import { columnFilterSql } from '../../src/table/columnFilter';
import { contractRelation } from '../../src/table/columns';

const evaluations = contractRelation('evaluations');
const filter = (column: string, input: string) => columnFilterSql(evaluations, column, input);

describe('columnFilterSql', () => {
  it('reads number conditions, percentages as fractions', () => {
    expect(filter('execution_rate', '<60%')).toEqual({ ok: true, filter: { sql: '"execution_rate" < ?', params: [0.6] } });
    expect(filter('execution_rate', '≧ 0.3')).toEqual({ ok: true, filter: { sql: '"execution_rate" >= ?', params: [0.3] } });
    expect(filter('budget_full_year', '1,733.50')).toEqual({ ok: true, filter: { sql: '"budget_full_year" = ?', params: [1733.5] } });
    expect(filter('total_score', '96..90')).toEqual({ ok: true, filter: { sql: '"total_score" BETWEEN ? AND ?', params: [90, 96] } });
    expect(filter('year', '>=2021')).toEqual({ ok: true, filter: { sql: '"year" >= ?', params: [2021] } });
  });

  it('matches text case-insensitively as a parameter, lists by their joined items', () => {
    expect(filter('project', "会议'; DROP TABLE evaluations; --")).toEqual({
      ok: true,
      filter: { sql: 'contains(lower("project"), lower(?))', params: ["会议'; DROP TABLE evaluations; --"] },
    });
    expect(filter('warnings', 'budget')).toEqual({ ok: true, filter: { sql: `contains(lower(array_to_string("warnings", ' ')), lower(?))`, params: ['budget'] } });
  });

  it('matches missing values with 空 / null', () => {
    expect(filter('grade', '空')).toEqual({ ok: true, filter: { sql: '"grade" IS NULL', params: [] } });
    expect(filter('budget_initial', 'NULL')).toEqual({ ok: true, filter: { sql: '"budget_initial" IS NULL', params: [] } });
  });

  it('reports a number condition it cannot read', () => {
    const result = filter('execution_rate', 'abc');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.zh).toContain('无法识别');
  });

  it('refuses a column that is not in the contract', () => {
    expect(() => filter('project" OR 1=1 --', 'x')).toThrow(/Unknown column/);
  });
});
