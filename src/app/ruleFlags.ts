import type { SqlConnection } from '../db/connection';
import { runRules, type RuleRunResult } from '../rules/runRules';
import { parseSettings } from '../rules/settings';

/** The run in progress: runs never overlap (each rebuilds the same helper tables, so interleaved statements would break both). */
let running: Promise<unknown> = Promise.resolve();

/**
 * (Re)creates the `flags` table by running the audit rules in the page's
 * DuckDB with the rule settings from the URL (invalid parts fall back to defaults).
 * Calls are queued: a settings change made while the rules run waits for that run,
 * so the last settings given are the ones the table ends with.
 */
export function computeFlags(conn: SqlConnection, ruleSettings: string): Promise<RuleRunResult> {
  const run = running.then(() => runRules(conn, parseSettings(ruleSettings)));
  running = run.catch(() => undefined);
  return run;
}
