import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetManifest } from '../../src/contract/manifest';
import { TABLES } from '../../src/contract/tables';
import { relayout } from '../../src/store/relayout';
import { PARQUET_DIR } from '../query/contractDb';
import { NodeConnection } from '../../src/db/nodeConnection';
import { auditDirectory } from '../../src/audit/auditDirectory';
import { RULE_INPUT_TABLES } from '../../src/audit/ruleInputs';
import { cleanForm, fixtureDb } from '../rules/support/fixtures';

let input: string;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'evallens-audit-'));
  dirs.push(dir);
  return dir;
};

/** Contract Parquet files of one form executed 43.31 of 140.00 (rate 30.94%; it prints 30.93%, B/A to its precision), named `=cmd` to test CSV neutralization. */
beforeAll(async () => {
  input = tempDir();
  const conn = await fixtureDb(cleanForm({ project: '=cmd', budget_initial: 140, budget_full_year: 140, executed: 43.31, execution_rate: 43.31 / 140, execution_rate_reported: 0.30934, execution_rate_raw: '30.93%', execution_score: 3.09, total_score: 93.09 }));
  for (const table of RULE_INPUT_TABLES) await conn.run(`COPY "${table}" TO ? (FORMAT parquet, COMPRESSION zstd)`, [join(input, `${table}.parquet`)]);
  conn.close();
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Rows of a query in a fresh native DuckDB. */
async function conn2rows(sql: string): Promise<Record<string, unknown>[]> {
  const conn = await NodeConnection.open();
  try {
    return await conn.rows(sql);
  } finally {
    conn.close();
  }
}

describe('auditDirectory', () => {
  it('writes flags.parquet with the contract columns, its pre-aggregates and flags.csv, and nothing else', async () => {
    const out = tempDir();
    const result = await auditDirectory(input, out);
    expect(result.errors).toEqual([]);
    expect(result.linksComputed).toBe(false);
    expect(readdirSync(out).sort()).toEqual(['agg_flagged_evaluations.parquet', 'agg_flags.parquet', 'flag_keys.parquet', 'flags.csv', 'flags.parquet']);

    const conn = await NodeConnection.open();
    const columns = await conn.rows<{ column_name: string; column_type: string }>('DESCRIBE SELECT * FROM read_parquet(?)', [join(out, 'flags.parquet')]);
    expect(columns.map((c) => [c.column_name, c.column_type])).toEqual(TABLES.flags.columns.map((c) => [c.name, c.type]));
    const rules = await conn.rows<{ rule_id: string; message_zh: string }>('SELECT rule_id, message_zh FROM read_parquet(?) ORDER BY rule_id', [join(out, 'flags.parquet')]);
    conn.close();
    expect(rules).toEqual([
      { rule_id: 'exec.low', message_zh: '执行率 30.94%（43.31/140.00 万元），低于 60%' },
      { rule_id: 'inflation.full_marks_low_exec', message_zh: '执行率 30.94%（43.31/140.00 万元），产出与效益指标 2 项全部满分' },
      { rule_id: 'inflation.low_exec_high_score', message_zh: '执行率 30.94%（43.31/140.00 万元），但自评总分 93.09，产出与效益指标全部满分' },
    ]);
    expect(result.total).toBe(3);
    expect(await conn2rows(`SELECT * FROM read_parquet('${join(out, 'agg_flagged_evaluations.parquet')}')`)).toEqual([
      { year: 2024, region: '测试市', department: '测试市人民政府办公室', flagged_evaluations: 1 },
    ]);
    expect(await conn2rows(`SELECT rule_id, severity, flags FROM read_parquet('${join(out, 'agg_flags.parquet')}') ORDER BY rule_id`)).toEqual([
      { rule_id: 'exec.low', severity: 'high', flags: 1 },
      { rule_id: 'inflation.full_marks_low_exec', severity: 'high', flags: 1 },
      { rule_id: 'inflation.low_exec_high_score', severity: 'high', flags: 1 },
    ]);

    const csv = readFileSync(join(out, 'flags.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(4);
    expect(csv).toContain(",'=cmd,");
  });

  it('reads a partitioned lake the same as single files: the corpus gives its 268 flags, and the manifest lists the new files', async () => {
    const lake = join(tempDir(), 'lake');
    await relayout(PARQUET_DIR, lake, true);
    const result = await auditDirectory(lake, lake);
    expect(result.errors).toEqual([]);
    expect(result.total).toBe(268);
    const manifest = JSON.parse(readFileSync(join(lake, 'dataset.json'), 'utf8')) as DatasetManifest;
    expect(manifest.layout).toBe('partitioned');
    expect(manifest.tables.flags).toEqual([{ path: 'flags.parquet', bytes: statSync(join(lake, 'flags.parquet')).size, rows: 268 }]);
    expect(readdirSync(lake).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('names a missing table, and computes target_links when only that is missing', async () => {
    const partial = tempDir();
    for (const table of RULE_INPUT_TABLES.filter((t) => t !== 'target_links')) {
      copyFileSync(join(input, `${table}.parquet`), join(partial, `${table}.parquet`));
    }
    expect((await auditDirectory(partial, tempDir())).linksComputed).toBe(true);
    rmSync(join(partial, 'indicators.parquet'));
    await expect(auditDirectory(partial, tempDir())).rejects.toThrow(`${join(partial, 'indicators.parquet')}: missing`);
  });

  it('runs as npm run audit: prints counts per rule and severity, exit 1 on a bad input', () => {
    const out = tempDir();
    const run = spawnSync('npx', ['tsx', 'src/cli/audit.ts', '--input', input, '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^exec\.low\s+1\s+0\s+0\s+1$/m);
    expect(run.stdout).toMatch(/^all rules\s+3\s+0\s+0\s+3$/m);
    const bad = spawnSync('npx', ['tsx', 'src/cli/audit.ts', '--input', join(input, 'nope')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`audit: ${join(input, 'nope', 'evaluations.parquet')}: missing`);
  }, 60_000);
});
