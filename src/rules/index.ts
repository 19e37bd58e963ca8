/**
 * The audit rules engine, for the dashboard (风险线索 Findings view, settings panel) and the CLI.
 *
 * - `RULES` / `ruleById`: rule metadata (id, title, severity, rationale, params) for lists and the settings panel.
 * - `RULE_GROUPS`, `ruleGroup`: the groups rules are listed under.
 * - `SCORING_PROFILES`: the scoring profiles a region can be set to.
 * - `RuleSettings`, `defaultSettings()`: thresholds, profiles per region, rules switched off.
 * - `serializeSettings` / `parseSettings`: settings to and from one URL value (only non-defaults).
 * - `runRules(conn, settings)`: (re)creates the `flags` table in that DuckDB and returns counts per rule and severity.
 * - `updateRules(conn, previous, next)`: after a settings change, re-runs only the affected rules (same result, faster).
 */
export { RULES, ruleById } from './registry';
export { RULE_GROUPS, SEVERITIES, ruleGroup, type Rule, type RuleGroup, type RuleParam, type Severity } from './rule';
export { DEFAULT_PROFILE, SCORING_PROFILES, type ScoringProfile, type ScoringProfileId } from './profiles';
export { RULE_PARAMS, defaultSettings, parseSettings, serializeSettings, type RuleSettings } from './settings';
export { runRules, rulesAffected, updateRules, type RuleCount, type RuleRunResult } from './runRules';
