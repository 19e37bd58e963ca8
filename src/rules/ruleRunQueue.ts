import type { SqlConnection } from '../db/connection';
import { rulesAffected, updateRules, type RuleRunResult } from './runRules';
import { defaultSettings, parseSettings, type RuleSettings } from './settings';

/** The run in progress: runs never overlap (each rebuilds the same helper tables, so interleaved statements would break both). */
let running: Promise<unknown> = Promise.resolve();

/** The settings the `flags` table of each connection holds (absent: the default settings' flags that ingest wrote). */
const applied = new WeakMap<SqlConnection, RuleSettings>();

/** The settings the flags of `conn` will hold once the queued runs are done. */
const queued = new WeakMap<SqlConnection, RuleSettings>();

/** True when the rule settings in the URL differ from those the flags of `conn` hold or will hold. */
export function flagsNeedUpdate(conn: SqlConnection, ruleSettings: string): boolean {
  return rulesAffected(queued.get(conn) ?? defaultSettings(), parseSettings(ruleSettings)).length > 0;
}

/**
 * Brings the `flags` table (loaded from flags.parquet: the rules with default
 * settings, run at ingest) and its pre-aggregates to the rule settings from the URL
 * (invalid parts fall back to defaults), re-running only the rules that read a
 * changed setting (`updateRules`: the same tables as a full run with those settings).
 * Calls are queued: a settings change made while the rules run waits for that run,
 * so the last settings given are the ones the tables end with.
 */
export function computeFlags(conn: SqlConnection, ruleSettings: string): Promise<RuleRunResult> {
  const next = parseSettings(ruleSettings);
  queued.set(conn, next);
  const run = running.then(async () => {
    const previous = applied.get(conn) ?? defaultSettings();
    applied.delete(conn);
    const result = await updateRules(conn, previous, next);
    applied.set(conn, next);
    return result;
  });
  running = run.catch(() => undefined);
  return run;
}

/**
 * Runs `task` between rule runs (never during one: both write the same tables), with the rule
 * settings the flags of `conn` are to hold (the URL's, as last asked for). With `rebuilds`, the
 * task rebuilds the flags with those settings (an import merged: every rule re-runs over all the
 * documents), and the flags of `conn` hold them from then on; otherwise it leaves them as they were.
 */
export function betweenRuleRuns<T>(conn: SqlConnection, rebuilds: boolean, task: (settings: RuleSettings) => Promise<T>): Promise<T> {
  const run = running.then(async () => {
    const settings = queued.get(conn) ?? defaultSettings();
    const value = await task(settings);
    if (rebuilds) applied.set(conn, settings);
    return value;
  });
  running = run.catch(() => undefined);
  return run;
}
