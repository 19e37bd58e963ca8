import { useEffect, useRef, useState } from 'react';
import type { SqlConnection } from '../db/connection';
import { computeFlags, flagsNeedUpdate } from '../rules/ruleRunQueue';

export interface RuleFlagsState {
  /** Counts the flags tables the page has shown: 1 for those loaded with the data, +1 per finished rule update. */
  version: number;
  /**
   * The flags are not yet those of the URL's settings (an update runs, or waits for the tables):
   * flag counts on screen are those of the previous settings (shown as 更新中 / updating).
   */
  updating: boolean;
  error: string | null;
}

/**
 * Keeps the flags at the rule settings of the URL, in the background: the page
 * shows the flags that ingest wrote (default settings) at once, and when the URL's
 * settings differ, the affected rules re-run once `ready` (every table the rules
 * read is loaded), with `updating` set meanwhile.
 */
export function useRuleFlags(conn: SqlConnection | null, ready: boolean, ruleSettings: string): RuleFlagsState {
  const [state, setState] = useState<RuleFlagsState>({ version: 1, updating: false, error: null });
  // Runs started and not yet finished (a run is never abandoned: the queue ends with the latest settings).
  const pending = useRef(0);
  useEffect(() => {
    if (!conn || !ready || !flagsNeedUpdate(conn, ruleSettings)) return;
    pending.current++;
    setState((s) => ({ ...s, updating: true }));
    const done = (error: string | null) => {
      pending.current--;
      setState((s) => ({ version: s.version + 1, updating: pending.current > 0, error }));
    };
    computeFlags(conn, ruleSettings).then(
      (result) => done(result.errors.length ? result.errors.map((e) => `${e.ruleId}: ${e.message}`).join('\n') : null),
      (e: unknown) => done(String(e)),
    );
  }, [conn, ready, ruleSettings]);
  // Settings that differ from the flags' before their update has started count as updating too.
  return conn && !state.updating && flagsNeedUpdate(conn, ruleSettings) ? { ...state, updating: true } : state;
}
