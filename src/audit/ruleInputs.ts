import { join } from 'node:path';
import { TABLES, createTableSql, type TableName } from '../contract/tables';
import type { SqlConnection } from '../db/connection';
import { TARGET_LINKS_SQL } from '../sql/targetLinks';
import { readManifest } from '../store/readManifest';

/** The contract tables the rules read. `target_links` is computed when its file is absent. */
export const RULE_INPUT_TABLES: readonly TableName[] = [
  'evaluations',
  'indicators',
  'target_tables',
  'target_indicators',
  'project_lists',
  'target_links',
];

/** Parquet physical types that read as each contract type without loss. */
const READS_AS: Record<string, readonly string[]> = {
  INTEGER: ['INTEGER', 'SMALLINT', 'TINYINT', 'BIGINT', 'UINTEGER', 'USMALLINT', 'UTINYINT'],
  DOUBLE: ['DOUBLE', 'FLOAT', 'INTEGER', 'BIGINT', 'DECIMAL'],
  VARCHAR: ['VARCHAR'],
  'VARCHAR[]': ['VARCHAR[]'],
};

const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Node only: makes the contract tables the rules read available in `conn` (native
 * DuckDB) as views over the dataset's Parquet files — one per table, or a partitioned
 * table's partitions, as its `dataset.json` lists them — with the contract's column
 * names and types: nothing is loaded up front, DuckDB streams the files as the rules
 * scan them (within its memory limit, spilling to disk), so any size of input fits.
 * Throws, naming the file, when one is missing or is not a contract table; computes
 * `target_links` with TARGET_LINKS_SQL when only that table is absent (returns true then).
 */
export async function attachRuleInputs(conn: SqlConnection, inputDir: string): Promise<boolean> {
  const manifest = readManifest(inputDir);
  let linksComputed = false;
  for (const table of RULE_INPUT_TABLES) {
    const files = manifest.tables[table].map((f) => join(inputDir, ...f.path.split('/')));
    const file = files[0] ?? join(inputDir, `${table}.parquet`);
    await conn.run(`DROP VIEW IF EXISTS "${table}"`);
    await conn.run(`DROP TABLE IF EXISTS "${table}"`);
    if (files.length === 0) {
      if (table !== 'target_links') throw new Error(`${file}: missing (the rules need the contract table ${table})`);
      await conn.run(createTableSql(table));
      await conn.run(`INSERT INTO target_links ${TARGET_LINKS_SQL}`);
      linksComputed = true;
      continue;
    }
    const source = `read_parquet([${files.map(quote).join(', ')}])`;
    let columns: { column_name: string; column_type: string }[];
    try {
      columns = await conn.rows(`DESCRIBE SELECT * FROM ${source}`);
    } catch (error) {
      throw new Error(`${file}: not a readable Parquet file (${message(error)})`);
    }
    const types = new Map(columns.map((c) => [c.column_name, c.column_type.replace(/\(.*\)$/, '')]));
    const wrong = TABLES[table].columns.filter((c) => !READS_AS[c.type]?.includes(types.get(c.name) ?? ''));
    if (wrong.length > 0) {
      const detail = wrong.map((c) => `${c.name} ${types.get(c.name) ?? 'missing'}, expected ${c.type}`).join('; ');
      throw new Error(`${file}: not a contract table ${table} (${detail})`);
    }
    const select = TABLES[table].columns.map((c) => `CAST("${c.name}" AS ${c.type}) AS "${c.name}"`).join(', ');
    await conn.run(`CREATE VIEW "${table}" AS SELECT ${select} FROM ${source}`);
  }
  return linksComputed;
}
