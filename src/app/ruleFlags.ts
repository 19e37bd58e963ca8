import type { SqlConnection } from '../db/connection';
import { runRules, type RuleRunResult } from '../rules/runRules';
import { parseSettings } from '../rules/settings';

/**
 * (Re)creates the `flags` table by running the audit rules in the page's
 * DuckDB with the rule settings from the URL (invalid parts fall back to defaults).
 */
export function computeFlags(conn: SqlConnection, ruleSettings: string): Promise<RuleRunResult> {
  return runRules(conn, parseSettings(ruleSettings));
}
