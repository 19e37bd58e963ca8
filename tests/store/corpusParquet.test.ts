import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES, TABLES } from '../../src/contract/tables';
import { NodeConnection } from '../../src/db/nodeConnection';
import { appendRows, emptyRows } from '../../src/ingest/contractRows';
import { missedTargetSql } from '../../src/sql/targetMet';
import { runRules } from '../../src/rules/runRules';
import { writeContractTables } from '../../src/store/contractTableWriter';
import { CORPUS, ingestCorpusFile } from '../ingest/corpus';

let dir: string;
let db: NodeConnection;
const rows = emptyRows();

beforeAll(async () => {
  for (const file of CORPUS) appendRows(rows, (await ingestCorpusFile(file)).rows);
  dir = mkdtempSync(join(tmpdir(), 'evallens-corpus-'));
  await writeContractTables(rows, join(dir, 'parquet'), runRules);
  db = await NodeConnection.open();
  for (const table of TABLE_NAMES) await db.run(`CREATE VIEW "${table}" AS SELECT * FROM read_parquet('${join(dir, 'parquet', `${table}.parquet`)}')`);
}, 60_000);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the corpus written as Parquet', () => {
  it('has every ingest table with exactly the contract schema: names, types, order', async () => {
    for (const table of TABLE_NAMES) {
      const schema = await db.rows<{ column_name: string; column_type: string }>(`DESCRIBE "${table}"`);
      expect(schema.map((c) => `${c.column_name} ${c.column_type}`), table).toEqual(TABLES[table].columns.map((c) => `${c.name} ${c.type}`));
    }
  });
  it('reads back every ingested row unchanged (derived columns aside)', async () => {
    for (const table of Object.keys(rows) as (keyof typeof rows)[]) {
      const key = TABLES[table].sortBy.map((c) => `"${c}"`).join(', ');
      const back = await db.rows<Record<string, unknown>>(`SELECT * FROM "${table}" ORDER BY ${key}`);
      const derived = table === 'evaluations' ? ['execution_rate', 'score_sum', 'indicator_count'] : [];
      const strip = (r: object) => Object.fromEntries(Object.entries(r).filter(([k]) => !derived.includes(k)));
      const sortKey = (r: Record<string, unknown>) => JSON.stringify(TABLES[table].sortBy.map((c) => r[c] ?? null));
      const expected = [...rows[table]].map(strip).sort((a, b) => compareKeys(a, b, TABLES[table].sortBy));
      expect(back.map(strip).map(sortKey), table).toEqual(expected.map(sortKey));
      expect(back.map(strip), table).toEqual(expected);
    }
  });
  it('holds the corpus counts', async () => {
    const counts = await db.rows<{ source_file: string; forms: number; target_tables: number; status: string }>(
      'SELECT source_file, forms, target_tables, status FROM ingest_report ORDER BY source_file',
    );
    expect(counts.map((c) => [c.source_file.slice(0, 3), c.forms, c.target_tables])).toEqual([
      ['000', 10, 0], ['001', 0, 10], ['002', 12, 0], ['003', 18, 0], ['004', 11, 0],
    ]);
    const [evaluations] = await db.rows<{ n: number }>('SELECT count(*) AS n FROM evaluations');
    expect(evaluations?.n).toBe(51); // 10 + 12 + 18 + 11
  });
  it('derives execution_rate and score_sum in SQL: 市本级因公出国(境)经费 and 会议经费', async () => {
    const [abroad] = await db.rows<Record<string, number>>(
      `SELECT execution_rate, execution_rate_reported, total_score, score_sum, indicator_count FROM evaluations WHERE project = '市本级因公出国(境)经费'`,
    );
    expect(abroad?.execution_rate).toBeCloseTo(0.30934, 4);
    expect(abroad?.execution_rate_reported).toBe(0.30934);
    expect(abroad?.total_score).toBe(93.09);
    const [meeting] = await db.rows<Record<string, unknown>>(
      `SELECT budget_initial, execution_rate, total_score, score_sum, warnings FROM evaluations WHERE project = '会议经费'`,
    );
    expect(meeting).toMatchObject({ budget_initial: null, total_score: 96, warnings: ['budget_cell_missing'] });
    expect(meeting?.execution_rate as number).toBeCloseTo(54.76 / 102.46, 10);
    expect(meeting?.score_sum).not.toBe(96); // the scores do not add up to the printed total
    expect(meeting?.score_sum).toBe(94); // 4 (execution) + 90 (indicators), as the form's cells add up
  });
  it('indicator_issues holds exactly the indicators the Target vs actual view lists, with their form', async () => {
    const expected = await db.rows(`
      SELECT i.eval_id, i.indicator_index,
        CASE WHEN ${missedTargetSql('i')} THEN 'unmet'
             WHEN (i.target_value IS NOT NULL OR i.level2 IN ('数量指标', '成本指标')) AND i.actual_kind IN ('boilerplate', 'qualitative') THEN 'boilerplate'
             WHEN i.target_unit <> i.actual_unit AND i.target_value IS NOT NULL AND i.actual_value IS NOT NULL THEN 'unit' END AS issue,
        e.project, e.source_file
      FROM indicators i JOIN evaluations e USING (eval_id) ORDER BY ALL`);
    const actual = await db.rows('SELECT eval_id, indicator_index, issue, project, source_file FROM indicator_issues ORDER BY ALL');
    expect(actual).toEqual(expected.filter((r) => (r as { issue: string | null }).issue !== null));
    // 52 on the corpus: 004's 7个 answered 100% is a unit issue.
    expect(actual).toHaveLength(52);
  });
  it('agg_department_year equals the same aggregation over evaluations and indicators', async () => {
    const expected = await db.rows(`
      WITH per_form AS (
        SELECT e.eval_id, e.year, e.region, e.department, e.budget_initial, e.budget_full_year, e.executed, e.total_score,
          (SELECT count(*) FROM indicators i WHERE i.eval_id = e.eval_id) AS n,
          (SELECT count(*) FROM indicators i WHERE i.eval_id = e.eval_id AND i.score = i.weight) AS full_mark,
          (SELECT count(*) FROM indicators i WHERE i.eval_id = e.eval_id AND ${missedTargetSql('i')}) AS unmet,
          (SELECT count(*) FROM indicators i WHERE i.eval_id = e.eval_id AND i.actual_kind = 'boilerplate') AS boilerplate
        FROM evaluations e)
      SELECT year, region, department, count(*) AS evaluations, sum(budget_initial) AS budget_initial, sum(budget_full_year) AS budget_full_year,
        sum(executed) AS executed, sum(total_score) AS total_score_sum, count(total_score) AS total_score_count, sum(n) AS indicators,
        sum(full_mark) AS full_mark_indicators, sum(unmet) AS numeric_unmet_indicators, sum(boilerplate) AS boilerplate_actuals
      FROM per_form GROUP BY ALL ORDER BY year, region, department`);
    const actual = await db.rows('SELECT * FROM agg_department_year ORDER BY year, region, department');
    expect(actual).toHaveLength(4);
    // 000 (淮南市, 2024): ten forms, 1,102.71 / 887.96 万元, 81 indicators all at full marks.
    const huainan = actual.find((r) => (r as { region: string }).region === '淮南市') as Record<string, number>;
    expect(huainan).toMatchObject({ year: 2024, evaluations: 10, indicators: 81, full_mark_indicators: 81 });
    expect(huainan.budget_full_year).toBeCloseTo(1102.71, 6);
    expect(huainan.executed).toBeCloseTo(887.96, 6);
    expect(actual).toHaveLength(expected.length);
    actual.forEach((row, i) => {
      for (const [key, value] of Object.entries(expected[i] as Record<string, unknown>)) {
        if (typeof value === 'number') expect((row as Record<string, number>)[key], key).toBeCloseTo(value, 6);
        else expect((row as Record<string, unknown>)[key], key).toEqual(value);
      }
    });
  });
  it('is sorted by each table’s contract order', async () => {
    for (const table of TABLE_NAMES) {
      const order = TABLES[table].sortBy.map((c) => `"${c}"`).join(', ');
      const [out] = await db.rows<{ n: number }>(
        `SELECT count(*) AS n FROM (SELECT row_number() OVER () AS pos, row_number() OVER (ORDER BY ${order}) AS sorted FROM "${table}") WHERE pos <> sorted`,
      );
      expect(out?.n, table).toBe(0);
    }
  });
});

/** Orders rows like SQL's ORDER BY on these columns (NULLs last, numbers and texts as DuckDB compares them here). */
function compareKeys(a: Record<string, unknown>, b: Record<string, unknown>, columns: readonly string[]): number {
  for (const c of columns) {
    const x = a[c] ?? null;
    const y = b[c] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return Buffer.compare(Buffer.from(String(x)), Buffer.from(String(y)));
  }
  return 0;
}
