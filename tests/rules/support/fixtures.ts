import { TABLES, createTableSql, type Row, type TableName } from '../../../src/contract/tables';
import type { SqlConnection, SqlParam } from '../../../src/db/connection';
import { NodeConnection } from '../../../src/db/nodeConnection';
import { ruleById } from '../../../src/rules/registry';
import { runRules } from '../../../src/rules/runRules';
import { defaultSettings, type RuleSettings } from '../../../src/rules/settings';
import { TARGET_LINKS_SQL } from '../../../src/sql/targetLinks';
import { DERIVED_EVALUATIONS_SQL, PARSED_EVALUATIONS } from '../../../src/sql/derivedEvaluations';
import type { FlagRow } from '../../../src/contract/tables';

/** A clean self-evaluation: fully executed, every score adds up; no rule should flag it. */
export function evaluation(over: Partial<Row<'evaluations'>> = {}): Row<'evaluations'> {
  const formIndex = over.form_index ?? 1;
  return {
    eval_id: `fixture.txt#${formIndex}`,
    source_file: 'fixture.txt',
    form_index: formIndex,
    line_start: 1,
    line_end: 40,
    year: 2024,
    region: '测试市',
    department: '测试市人民政府办公室',
    department_code: null,
    implementing_unit: '测试市人民政府办公室',
    project: '测试项目',
    project_raw: '测试项目',
    project_code: null,
    scope: 'project',
    source_ref: '第1行',
    budget_initial: 100,
    budget_full_year: 100,
    executed: 100,
    execution_rate: 1,
    execution_rate_reported: 1,
    execution_rate_raw: '100%',
    execution_weight: 10,
    execution_score: 10,
    total_weight: 100,
    total_score: 100,
    score_sum: 100,
    grade: null,
    indicator_count: 3,
    warnings: [],
    quality: 'clean',
    quality_reasons: [],
    ...over,
  };
}

/** An indicator of `form` (its year/region/department copied); the default is a met numeric count target at full marks. */
export function indicator(form: Row<'evaluations'>, over: Partial<Row<'indicators'>> = {}): Row<'indicators'> {
  return {
    eval_id: form.eval_id,
    year: form.year,
    region: form.region,
    department: form.department,
    indicator_index: 1,
    level1: '产出指标',
    level2: '数量指标',
    name: '完成数量',
    target_raw: '≥10个',
    actual_raw: '10个',
    target_op: '>=',
    target_value: 10,
    target_unit: '个',
    actual_value: 10,
    actual_unit: '个',
    actual_kind: 'numeric',
    weight: 30,
    score: 30,
    deviation_note: null,
    line: 10,
    source_ref: '第10行',
    ...over,
  };
}

/** The three indicators of a clean form: a count (30), a qualitative benefit (30), satisfaction 95% for ≥90% (30). */
export function cleanIndicators(form: Row<'evaluations'>): Row<'indicators'>[] {
  return [
    indicator(form),
    indicator(form, {
      indicator_index: 2, level1: '效益指标', level2: '社会效益指标', name: '服务水平提升', target_raw: '显著', actual_raw: '显著',
      target_op: null, target_value: null, target_unit: null, actual_value: null, actual_unit: null, actual_kind: 'qualitative', line: 11,
    }),
    indicator(form, {
      indicator_index: 3, level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', target_raw: '≥90%', actual_raw: '95%',
      target_value: 90, target_unit: '%', actual_value: 95, actual_unit: '%', line: 12,
    }),
  ];
}

export function targetTable(over: Partial<Row<'target_tables'>> = {}): Row<'target_tables'> {
  const formIndex = over.form_index ?? 1;
  return {
    target_table_id: `targets.txt#${formIndex}`,
    source_file: 'targets.txt',
    form_index: formIndex,
    line_start: 1,
    line_end: 30,
    year: 2024,
    region: '测试市',
    department: '测试市人民政府办公室',
    department_code: '009',
    implementing_unit: '测试市人民政府办公室',
    project: '测试项目',
    project_raw: '测试项目',
    project_code: null,
    scope: 'project',
    source_ref: '第1行',
    budget_total: 100,
    budget_fiscal: 100,
    budget_other: 0,
    project_period: '1年',
    goal_text: '完成测试',
    warnings: [],
    quality: 'clean',
    quality_reasons: [],
    ...over,
  };
}

export function targetIndicator(table: Row<'target_tables'>, over: Partial<Row<'target_indicators'>> = {}): Row<'target_indicators'> {
  return {
    target_table_id: table.target_table_id,
    indicator_index: 1,
    level1: '产出指标',
    level2: '数量指标',
    name: '完成数量',
    target_raw: '≥10个',
    target_op: '>=',
    target_value: 10,
    target_unit: '个',
    line: 10,
    source_ref: '第10行',
    ...over,
  };
}

export function listEntry(over: Partial<Row<'project_lists'>> = {}): Row<'project_lists'> {
  return { source_file: 'fixture.txt', list_kind: 'self_evaluation', seq: 1, project: '测试项目', amount: null, line: 3, ...over };
}

export interface FixtureData {
  evaluations?: Row<'evaluations'>[];
  indicators?: Row<'indicators'>[];
  target_tables?: Row<'target_tables'>[];
  target_indicators?: Row<'target_indicators'>[];
  project_lists?: Row<'project_lists'>[];
}

/**
 * Inserts rows into a contract table with `?` parameters. Lists are bound as their DuckDB
 * text form, and doubles as their shortest round-trip text (DuckDB-WASM's binding of a JS
 * number can lose the last bit), so a copy is exact in native DuckDB and WASM alike.
 */
export async function insertRows<T extends TableName>(conn: SqlConnection, table: T, rows: readonly Row<T>[], into: string = table): Promise<void> {
  const columns = TABLES[table].columns;
  const placeholders = columns.map((c) => (c.type === 'VARCHAR[]' || c.type === 'DOUBLE' ? `CAST(? AS ${c.type})` : '?')).join(', ');
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    const params = columns.map((c): SqlParam => {
      const value = record[c.name];
      if (value === null || value === undefined) return null;
      if (c.type === 'VARCHAR[]') return `[${(value as string[]).map((v) => `'${v.replaceAll("'", "''")}'`).join(', ')}]`;
      if (c.type === 'DOUBLE') return String(value);
      return value as SqlParam;
    });
    await conn.run(`INSERT INTO "${into}" VALUES (${placeholders})`, params);
  }
}

/**
 * A native in-memory DuckDB holding the contract tables filled from `data` as ingestion
 * fills them: the evaluations' derived columns (execution_rate, indicator_count, score_sum)
 * computed by the ingest's own SQL, and `target_links` by TARGET_LINKS_SQL.
 */
export async function fixtureDb(data: FixtureData): Promise<NodeConnection> {
  const conn = await NodeConnection.open();
  await conn.run(createTableSql('evaluations', PARSED_EVALUATIONS));
  await insertRows(conn, 'evaluations', data.evaluations ?? [], PARSED_EVALUATIONS);
  for (const table of ['indicators', 'target_tables', 'target_indicators', 'project_lists'] as const) {
    await conn.run(createTableSql(table));
    await insertRows(conn, table, (data[table] ?? []) as Row<typeof table>[]);
  }
  await conn.run(createTableSql('evaluations'));
  await conn.run(`INSERT INTO evaluations ${DERIVED_EVALUATIONS_SQL}`);
  await conn.run(createTableSql('target_links'));
  await conn.run(`INSERT INTO target_links ${TARGET_LINKS_SQL}`);
  return conn;
}

/** Runs the rule `ruleId` alone (failing on an SQL error) and returns its flags. */
export async function flagsOf(
  conn: SqlConnection,
  ruleId: string,
  settings: RuleSettings = defaultSettings(),
): Promise<FlagRow[]> {
  const rule = ruleById(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const result = await runRules(conn, settings, [rule]);
  if (result.errors.length) throw new Error(result.errors.map((e) => `${e.ruleId}: ${e.message}`).join('\n'));
  return conn.rows<FlagRow>('SELECT * FROM flags WHERE rule_id = ? ORDER BY flag_id', [ruleId]);
}

/** Flags of `ruleId` over the given fixture data (opens and closes its own database). */
export async function flagsFor(data: FixtureData, ruleId: string, settings?: RuleSettings): Promise<FlagRow[]> {
  const conn = await fixtureDb(data);
  try {
    return await flagsOf(conn, ruleId, settings);
  } finally {
    conn.close();
  }
}

/** Default settings with some parameters changed. */
export function withParams(params: Record<string, number>): RuleSettings {
  const settings = defaultSettings();
  Object.assign(settings.params, params);
  return settings;
}

/** A clean form with its clean indicators, with overrides. */
export function cleanForm(over: Partial<Row<'evaluations'>> = {}): { evaluations: Row<'evaluations'>[]; indicators: Row<'indicators'>[] } {
  const form = evaluation(over);
  return { evaluations: [form], indicators: cleanIndicators(form) };
}
