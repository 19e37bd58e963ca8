import { createReadStream, createWriteStream } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { TABLES } from '../contract/tables';
import type { SqlConnection } from '../db/connection';
import { sortedSql } from '../store/parquetCopy';

/** Text cells that a spreadsheet would run as a formula start with one of these; such cells get a leading apostrophe. */
const FORMULA_START = `'^[=+\\-@\\t\\r]'`;

/** The flags table's columns for the CSV, text cells that begin like a formula neutralized in SQL. */
const CSV_COLUMNS = TABLES.flags.columns
  .map((c) => (c.type === 'VARCHAR' ? `CASE WHEN regexp_matches("${c.name}", ${FORMULA_START}) THEN '''' || "${c.name}" ELSE "${c.name}" END AS "${c.name}"` : `"${c.name}"`))
  .join(', ');

/**
 * Writes the `flags` table of `conn` as CSV for Excel to `file`, streamed by DuckDB
 * (COPY … TO; the rows never pass through JS): UTF-8 with a byte-order mark (so
 * Chinese opens correctly), the contract columns as header, CRLF line ends, in the
 * contract's sort order, and text cells that begin with `= + - @` (or a tab/CR)
 * neutralized with a leading apostrophe. `scratch` is a file name for the BOM-less
 * copy, removed afterwards.
 */
export async function writeFlagsCsv(conn: SqlConnection, file: string, scratch: string): Promise<void> {
  try {
    await conn.run(`COPY (SELECT ${CSV_COLUMNS} FROM (${sortedSql('flags')})) TO '${scratch.replace(/'/g, "''")}' (FORMAT csv, HEADER, NEW_LINE '\\r\\n')`);
    await writeFile(file, '\uFEFF');
    await pipeline(createReadStream(scratch), createWriteStream(file, { flags: 'a' }));
  } finally {
    await rm(scratch, { force: true });
  }
}
