import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlagRow } from '../../src/contract/tables';
import { NodeConnection } from '../../src/db/nodeConnection';
import { RULE_INPUT_TABLES, attachRuleInputs } from '../../src/audit/ruleInputs';
import { RULES } from '../../src/rules/registry';
import { runRules, type RuleRunResult } from '../../src/rules/runRules';
import { openWasmNode } from '../support/wasmNodeConnection';
import { copyTables } from './support/copyTables';

const PARQUET = new URL('../../data/parquet/', import.meta.url).pathname;

let conn: NodeConnection;
let result: RuleRunResult;

beforeAll(async () => {
  if (!existsSync(`${PARQUET}evaluations.parquet`)) throw new Error(`${PARQUET} has no contract tables: run npm run ingest first`);
  conn = await NodeConnection.open();
  await attachRuleInputs(conn, PARQUET);
  result = await runRules(conn);
});
afterAll(() => conn?.close());

/** Flags of a rule on the forms of a project (by name and year). */
const flagsOf = (ruleId: string, project: string, year: number) =>
  conn.rows<FlagRow>(
    `SELECT f.* FROM flags f JOIN evaluations e ON e.eval_id = f.eval_id
     WHERE f.rule_id = ? AND e.project = ? AND e.year = ? ORDER BY f.flag_id`,
    [ruleId, project, year],
  );

describe('rules on the corpus', () => {
  it('runs every rule without error and pins the count of flags per rule', () => {
    expect(result.errors).toEqual([]);
    const perRule = Object.fromEntries(RULES.map((r) => [r.id, result.counts.filter((c) => c.ruleId === r.id).reduce((n, c) => n + c.flags, 0)]));
    expect(perRule).toEqual(PINNED_COUNTS);
  });

  it('names a project, states both messages and gives JSON evidence on every flag', async () => {
    const flags = await conn.rows<FlagRow>('SELECT * FROM flags');
    expect(flags.filter((f) => !f.project || !f.message_zh || !f.message_en || !f.flag_id)).toEqual([]);
    expect(new Set(flags.map((f) => f.flag_id)).size).toBe(flags.length);
    for (const f of flags) expect(typeof JSON.parse(f.evidence ?? '')).toBe('object');
  });

  it('finds 市本级因公出国(境)经费 2024: 30.94% executed (B/A; printed 30.934%), self-score 93.09, all indicators at full marks', async () => {
    const [flag] = await flagsOf('inflation.low_exec_high_score', '市本级因公出国(境)经费', 2024);
    expect(flag?.message_zh).toBe('执行率 30.94%（43.31/140.00 万元），但自评总分 93.09，产出与效益指标全部满分');
    expect((await flagsOf('exec.low', '市本级因公出国(境)经费', 2024)).map((f) => f.severity)).toEqual(['high']);
  });

  it('finds 对台工作特费 2021 at 1.12%', async () => {
    const [flag] = await flagsOf('exec.low', '对台工作特费', 2021);
    expect(flag?.message_zh).toBe('执行率 1.12%（0.09/8.00 万元），低于 60%');
  });

  it('states 华侨事务补助 2024 at B/A = 71.79%, the printed 74.34% beside it, so the figures add up', async () => {
    const [low] = await flagsOf('exec.low', '华侨事务补助', 2024);
    expect(low?.message_zh).toBe('执行率 71.79%（1.68/2.34 万元；表上填报 74.34%），低于 80%');
    expect(low?.message_en).toBe('Execution rate 71.79% (1.68/2.34 CNY 10k; printed 74.34%), below 80%');
    expect(JSON.parse(low?.evidence ?? '').execution_rate).toBeCloseTo(1.68 / 2.34, 10);
    const [full] = await flagsOf('inflation.full_marks_low_exec', '华侨事务补助', 2024);
    expect(full?.message_zh).toBe('执行率 71.79%（1.68/2.34 万元；表上填报 74.34%），产出与效益指标 7 项全部满分');
    // The difference itself is the calc.rate finding.
    const [rate] = await flagsOf('calc.rate', '华侨事务补助', 2024);
    expect(rate?.message_zh).toBe('填报执行率 74.34%，而 B/A = 1.68/2.34 = 71.79%，相差 2.55 个百分点');
  });

  it('names a form OCR lost the name of by its place, cleaned of markup, never blank', async () => {
    const rows = await conn.rows<{ eval_id: string; project: string }>(
      "SELECT DISTINCT eval_id, project FROM flags WHERE eval_id IN ('003_c9a193166346a5e1.txt#6', '003_c9a193166346a5e1.txt#16') ORDER BY eval_id",
    );
    expect(rows).toEqual([
      { eval_id: '003_c9a193166346a5e1.txt#16', project: '（名称缺失）003 表 16' },
      { eval_id: '003_c9a193166346a5e1.txt#6', project: '（名称缺失）003 表 6' },
    ]);
  });

  it('gives one list.duplicate finding per group of same-named forms', async () => {
    const dup = await conn.rows<{ eval_id: string; evidence: string }>("SELECT eval_id, evidence FROM flags WHERE rule_id = 'list.duplicate' ORDER BY eval_id");
    expect(dup.map((d) => [d.eval_id, JSON.parse(d.evidence).eval_ids])).toEqual([
      ['000_82397be2bbd94de5.txt#3', ['000_82397be2bbd94de5.txt#3', '000_82397be2bbd94de5.txt#7']],
      ['004_77a491ca9b0fee99.txt#2', ['004_77a491ca9b0fee99.txt#2', '004_77a491ca9b0fee99.txt#3']],
    ]);
  });

  it('finds the three 0% forms of 2021', async () => {
    const zero = await conn.rows<{ project: string; message_zh: string }>(
      "SELECT project, message_zh FROM flags WHERE rule_id = 'exec.zero' ORDER BY eval_id",
    );
    expect(zero.map((f) => f.project)).toEqual(['赴台工作经费', '因公出国（境）费', '两节慰问费']);
    expect(zero[1]?.message_zh).toBe('全年预算 73.00 万元，全年执行数 0（执行率 0%）');
  });

  it('finds 政府网站安全运行专项经费 2024 raised from 12.90 to 104.20', async () => {
    const [flag] = await flagsOf('budget.adjusted', '政府网站安全运行专项经费', 2024);
    expect(flag?.message_zh).toBe('全年预算由年初 12.90 万元调增至 104.20 万元（+707.75%），超过 20%');
  });

  it('finds 会议经费 2020 whose scores do not add up to 96', async () => {
    const [flag] = await flagsOf('calc.total', '会议经费', 2020);
    expect(flag?.message_zh).toBe('总分填报 96.00，但预算执行得分 4.00 + 指标得分 90.00 = 94.00（相差 2.00）');
  });

  it('links the 12345 hotline to its published target table and finds its indicators changed', async () => {
    const links = await conn.rows<{ target_table_id: string; basis: string }>(
      "SELECT l.target_table_id, l.basis FROM target_links l JOIN evaluations e USING (eval_id) WHERE e.project = '12345政务服务便民热线运营费用'",
    );
    expect(links).toEqual([{ target_table_id: '001_099530ba672a4441.txt#5', basis: 'name+budget' }]);
    const changed = await flagsOf('plan.indicator_changed', '12345政务服务便民热线运营费用', 2024);
    expect(changed.map((f) => f.message_zh)).toContain('公开的绩效目标表「12345政务热线服务项目」中的指标「日均受理话务量」（≥2500个）在自评表中被删去');
    expect(changed.map((f) => f.message_zh)).toContain('自评指标「接通率」（≥90%）不在公开的绩效目标表「12345政务热线服务项目」中，为新增指标');
  });

  it('finds the two projects of the 2024 list without a form', async () => {
    const missing = await conn.rows<{ project: string; source_file: string }>(
      "SELECT project, source_file FROM flags WHERE rule_id = 'list.missing_form' ORDER BY flag_id",
    );
    expect(missing).toEqual([
      { project: '政策研究及落实情况监督检查工作经费', source_file: '000_82397be2bbd94de5.txt' },
      { project: '政务信息工作专项信息', source_file: '000_82397be2bbd94de5.txt' },
    ]);
  });

  it('are the flags npm run ingest wrote, with their pre-aggregates (the dashboard loads those)', async () => {
    for (const table of ['flags', 'agg_flags', 'agg_flagged_evaluations']) {
      const order = table === 'flags' ? 'flag_id' : 'ALL';
      expect(await conn.rows(`SELECT * FROM read_parquet('${PARQUET}${table}.parquet') ORDER BY ${order}`)).toEqual(
        await conn.rows(`SELECT * FROM ${table} ORDER BY ${order}`),
      );
    }
    const [flagged] = await conn.rows<{ n: number }>('SELECT sum(flagged_evaluations)::INTEGER AS n FROM agg_flagged_evaluations');
    expect(flagged?.n).toBe(50);
  });

  it('gives the same flags in DuckDB-WASM (DuckDB 1.4) as in native DuckDB', async () => {
    const wasm = await openWasmNode();
    expect((await wasm.rows<{ v: string }>('SELECT version() AS v'))[0]?.v).toBe('v1.4.3');
    await copyTables(conn, wasm, RULE_INPUT_TABLES);
    const wasmResult = await runRules(wasm);
    expect(wasmResult.errors).toEqual([]);
    expect(wasmResult.counts).toEqual(result.counts);
    const all = 'SELECT * FROM flags ORDER BY flag_id';
    expect(await wasm.rows(all)).toEqual(await conn.rows(all));
  }, 60_000);
});

/**
 * Flags per rule on the five corpus documents with default settings (the README lists them): 268 (34 high, 95 medium,
 * 139 low). Since issue 10 (it was 274): list.duplicate gives one finding per group of same-named forms (4 → 2), and a
 * renamed indicator pairs with its published target by similarity (plan.indicator_changed 29 → 25).
 */
const PINNED_COUNTS: Record<string, number> = {
  'exec.low': 18,
  'exec.zero': 3,
  'exec.over': 0,
  'budget.adjusted': 7,
  'calc.rate': 3,
  'calc.exec_score': 7,
  'calc.total': 5,
  'calc.over_weight': 0,
  'calc.weights': 5,
  'calc.grade': 0,
  'score.formula': 19,
  'score.qual_band': 0,
  'inflation.low_exec_high_score': 7,
  'inflation.full_marks_low_exec': 12,
  'inflation.unmet_full_score': 1,
  'inflation.no_deviation_note': 16,
  'target.over_achieved': 3,
  'target.boilerplate_actual': 11,
  'target.unit_mismatch': 19,
  'target.cost_vs_budget': 3,
  'target.vague': 13,
  'plan.indicator_changed': 25,
  'plan.target_loosened': 3,
  'plan.budget_changed': 0,
  'dept.all_excellent': 0,
  'dept.score_outlier': 0,
  'dept.copied_indicators': 67,
  'dept.satisfaction_exact': 13,
  'list.missing_form': 2,
  'list.duplicate': 2,
  'form.empty': 3,
  'form.no_total': 1,
};
