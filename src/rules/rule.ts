import type { Localized } from '../i18n/lang';

/** How urgent a finding is: `high` is what an auditor opens first. */
export type Severity = 'high' | 'medium' | 'low';

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

/**
 * A threshold a user can change in the settings panel. Values are in the unit the
 * user reads (`%` as 60, not 0.6); the rule's SQL converts. They reach SQL only
 * through the `rule_params` table, filled with `?` parameters by `runRules`.
 */
export interface RuleParam {
  /** Globally unique, prefixed with the rule id, e.g. `exec.low.high`. */
  key: string;
  default: number;
  label: Localized;
  /** Unit shown next to the input: `%`, `分`, `万元`, `×`, `σ`, `个`, `pp` (percentage points), or '' for a plain number. */
  unit: string;
  /** Bounds for the input; values outside are rejected by `parseSettings`. */
  min: number;
  max: number;
}

/**
 * An audit rule: data plus one SQL SELECT over the contract tables.
 *
 * The SELECT returns the `flags` columns by name (flag_id, rule_id, severity,
 * source_file, eval_id, indicator_index, target_table_id, project, message_zh,
 * message_en, evidence). It may call the macros `runRules` defines
 * (`rule_param('key')`, `rule_profile(region)`, formatting and JSON helpers: see
 * `macros.ts`), and never contains a user value: thresholds come from `rule_param`.
 */
export interface Rule {
  /** e.g. `exec.low`; the part before the dot is the rule's group. */
  id: string;
  title: Localized;
  /** The highest severity this rule emits (a rule may emit lower ones, e.g. `exec.low` medium under 80%). */
  severity: Severity;
  /** One paragraph: why this is suspicious, citing the practice it rests on. */
  rationale: Localized;
  params: readonly RuleParam[];
  /** True when the rule's result depends on the region's scoring profile (its messages name the profile). */
  usesProfile: boolean;
  sql: string;
}

/** The rule groups, in the order the Findings view lists them. */
export const RULE_GROUPS = {
  exec: { zh: '预算执行', en: 'Execution' },
  budget: { zh: '预算调整', en: 'Budget changes' },
  calc: { zh: '计算与一致性', en: 'Arithmetic and consistency' },
  score: { zh: '指标评分', en: 'Indicator scoring' },
  inflation: { zh: '自评虚高', en: 'Score inflation' },
  target: { zh: '目标与实际', en: 'Target vs actual' },
  plan: { zh: '目标表与自评', en: 'Plan vs self-evaluation' },
  dept: { zh: '部门横向比较', en: 'Department portfolio' },
  list: { zh: '清单完整性', en: 'List completeness' },
  form: { zh: '表单完整性', en: 'Form completeness' },
} as const satisfies Record<string, Localized>;

export type RuleGroup = keyof typeof RULE_GROUPS;

/** The group of a rule id (`exec.low` → `exec`). */
export function ruleGroup(ruleId: string): RuleGroup {
  return ruleId.split('.')[0] as RuleGroup;
}
