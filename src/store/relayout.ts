import { TABLE_NAMES, TABLES, createTableSql, type TableName } from '../contract/tables';
import type { DatasetManifest } from '../contract/manifest';
import { NodeConnection } from '../db/nodeConnection';
import { writeAtomically } from './atomicFiles';
import { SNAPSHOT_DIR, datasetEntries, writeManifest, writeTableFiles } from './datasetFiles';
import { readManifest } from './readManifest';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Writes the dataset of `inputDir` again into `outDir` in the other layout (files or
 * partitioned), table by table through native DuckDB, with its manifest: the same rows,
 * no re-ingest.
 */
export async function relayout(inputDir: string, outDir: string, partitioned: boolean): Promise<void> {
  const manifest = readManifest(inputDir);
  const db = await NodeConnection.open();
  try {
    await writeAtomically(outDir, async (tmp) => {
      const files = {} as DatasetManifest['tables'];
      for (const table of TABLE_NAMES as TableName[]) {
        const paths = manifest.tables[table].map((f) => `'${join(inputDir, ...f.path.split('/')).replace(/'/g, "''")}'`);
        await db.run(createTableSql(table));
        const columns = TABLES[table].columns.map((c) => `"${c.name}"`).join(', ');
        if (paths.length) await db.run(`INSERT INTO "${table}" SELECT ${columns} FROM read_parquet([${paths.join(', ')}])`);
        files[table] = await writeTableFiles(db, tmp, table, partitioned);
        await db.run(`DROP TABLE "${table}"`);
      }
      // The snapshots answer the same queries over the same rows: copied as they are.
      await mkdir(join(tmp, SNAPSHOT_DIR));
      for (const snapshot of manifest.snapshots ?? []) await copyFile(join(inputDir, ...snapshot.path.split('/')), join(tmp, ...snapshot.path.split('/')));
      await writeManifest(tmp, partitioned ? 'partitioned' : 'files', files, manifest.snapshots);
      return { ...datasetEntries(partitioned), result: undefined };
    });
  } finally {
    db.close();
  }
}
