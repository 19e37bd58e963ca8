import { createTableSql } from '../contract/tables';
import type { SqlConnection } from '../db/connection';

/**
 * (Re)creates the `flags` table for the rule settings in the URL.
 * Until the rules engine is wired in, an empty table of the contract, so views can join it.
 */
export async function computeFlags(conn: SqlConnection, _ruleSettings: string): Promise<void> {
  await conn.run('DROP TABLE IF EXISTS flags');
  await conn.run(createTableSql('flags'));
}
