import { describe, expect, it } from 'vitest';
import { loadPlanComparison, planThresholds } from '../../../src/views/plan/planQueries';
import { HUAINAN_2024, contractDbSuite } from '../../query/contractDb';

const DEFAULTS = planThresholds('');

describe('plan beside evaluation on the corpus', () => {
  const db = contractDbSuite();

  it('aligns the 12345 hotline with its published target table: 2 renamed pairs (群众满意度 → 群众和社会满意率 0.3636), 7 dropped, 6 added, funds equal', async () => {
    const c = (await loadPlanComparison(db.conn, `${HUAINAN_2024}#1`, DEFAULTS))!;
    expect(c.head).toMatchObject({ target_project: '12345政务热线服务项目', budget_total: 492, budget_initial: 492, plan_budget_changed: false, execution_rate: 1 });
    expect(c.summary).toEqual({ paired: 2, renamed: 2, removed: 7, added: 6, loosened: 0 });
    expect(c.rows.filter((r) => r.section === 'paired').map((r) => [r.t_name, r.e_name, r.similarity, r.target_change])).toEqual([
      ['成本', '成本支出总量', 0.3333, 'same'],
      ['群众满意度', '群众和社会满意率', 0.3636, 'tighter'],
    ]);
    // Every dropped or added indicator carries its plan.indicator_changed finding.
    expect(c.rows.filter((r) => r.section !== 'paired').every((r) => r.flag_id?.startsWith('plan.indicator_changed:'))).toBe(true);
  });

  it('counts a loosened target and flags the budget raised in the year (政府网站安全运行专项经费)', async () => {
    const c = (await loadPlanComparison(db.conn, `${HUAINAN_2024}#8`, DEFAULTS))!;
    expect(c.summary).toEqual({ paired: 8, renamed: 0, removed: 1, added: 0, loosened: 1 });
    expect(c.head.budget_adjusted).toBe(true);
    expect(c.head.adjusted).toBeCloseTo(91.3, 6);
    expect(c.rows.find((r) => r.loosened)).toMatchObject({ t_name: '项目总成本', t_target: '≤182.31万元', flag_id: expect.stringMatching(/^plan\.target_loosened:/) });
  });

  it('is null for an unknown form', async () => {
    expect(await loadPlanComparison(db.conn, 'no-such-form', DEFAULTS)).toBeNull();
  });
});
