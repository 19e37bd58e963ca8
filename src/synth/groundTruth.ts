/** One injected anomaly: the rule it is for, the forms it changed, and the flags the rules must raise for it. */
export interface Injection {
  rule: string;
  /** The forms changed (empty for a list entry without a form). */
  eval_ids: string[];
  source_file: string;
  flag_ids: string[];
}

/** What `npm run synth` wrote beside the contract tables (ground_truth.json). */
export interface GroundTruth {
  evaluations: number;
  seed: number;
  anomaly_share: number;
  injections: Injection[];
}

export const GROUND_TRUTH_FILE = 'ground_truth.json';

/** A flag as the scoring reads it. */
export interface FlagKey {
  flag_id: string;
  rule_id: string;
  eval_id: string | null;
  source_file: string | null;
}

export interface RuleRecall {
  rule: string;
  expected: number;
  found: number;
}

export interface TruthScore {
  /** Per rule: expected flags and how many the rules raised. */
  recall: RuleRecall[];
  /** Found / expected over every rule. */
  overall: number;
  /** Flags on forms (or documents' lists) where nothing was injected. */
  falsePositives: FlagKey[];
  /** Flags on changed forms that no injection expected. */
  unexpected: FlagKey[];
}

/** Scores the flags the rules raised against the ground truth: recall per rule, false positives on clean forms. */
export function scoreFlags(truth: GroundTruth, flags: Iterable<FlagKey>): TruthScore {
  const expected = new Map<string, string>();
  for (const injection of truth.injections) for (const id of injection.flag_ids) expected.set(id, id.slice(0, id.indexOf(':')));
  const changedForms = new Set(truth.injections.flatMap((i) => i.eval_ids));
  const listDocuments = new Set(truth.injections.filter((i) => i.eval_ids.length === 0).map((i) => i.source_file));
  const found = new Set<string>();
  const falsePositives: FlagKey[] = [];
  const unexpected: FlagKey[] = [];
  for (const flag of flags) {
    if (expected.has(flag.flag_id)) {
      found.add(flag.flag_id);
      continue;
    }
    const onChanged = flag.eval_id !== null ? changedForms.has(flag.eval_id) : listDocuments.has(flag.source_file ?? '');
    (onChanged ? unexpected : falsePositives).push(flag);
  }
  const byRule = new Map<string, RuleRecall>();
  for (const [id, rule] of expected) {
    const r = byRule.get(rule) ?? { rule, expected: 0, found: 0 };
    r.expected++;
    if (found.has(id)) r.found++;
    byRule.set(rule, r);
  }
  const recall = [...byRule.values()].sort((a, b) => a.rule.localeCompare(b.rule));
  return { recall, overall: expected.size === 0 ? 1 : found.size / expected.size, falsePositives, unexpected };
}
