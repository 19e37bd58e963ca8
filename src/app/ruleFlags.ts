import type { SqlConnection } from '../db/connection';
import { runRules, updateRules, type RuleRunResult } from '../rules/runRules';
import { parseSettings, type RuleSettings } from '../rules/settings';

/** The run in progress: runs never overlap (each rebuilds the same helper tables, so interleaved statements would break both). */
let running: Promise<unknown> = Promise.resolve();

/** The settings the `flags` table of each connection was last built with (absent: build it whole). */
const applied = new WeakMap<SqlConnection, RuleSettings>();

/**
 * (Re)creates the `flags` table by running the audit rules in the page's
 * DuckDB with the rule settings from the URL (invalid parts fall back to defaults).
 * The first run builds every rule's flags; a later settings change re-runs only
 * the rules that read a changed setting (`updateRules`: the same table as a full run).
 * Calls are queued: a settings change made while the rules run waits for that run,
 * so the last settings given are the ones the table ends with.
 */
export function computeFlags(conn: SqlConnection, ruleSettings: string): Promise<RuleRunResult> {
  const next = parseSettings(ruleSettings);
  const run = running.then(async () => {
    const previous = applied.get(conn);
    applied.delete(conn);
    const result = previous ? await updateRules(conn, previous, next) : await runRules(conn, next);
    applied.set(conn, next);
    return result;
  });
  running = run.catch(() => undefined);
  return run;
}
