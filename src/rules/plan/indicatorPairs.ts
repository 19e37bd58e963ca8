import { indicatorPairsCtes } from '../../sql/indicatorPairs';

/**
 * The CTEs the `plan.*` indicator rules share (`ei`, `ti`, `pairs`; see
 * `indicatorPairsCtes`), with the thresholds from the rule settings: the one pairing
 * that the plan comparison view also runs, with the same settings.
 * Used as `WITH ${INDICATOR_PAIRS_CTES}, more AS (...) SELECT ...`.
 */
export const INDICATOR_PAIRS_CTES = indicatorPairsCtes({
  minSimilarity: "rule_param('plan.indicator_changed.min_similarity')",
  minSimilaritySameLevel: "rule_param('plan.indicator_changed.min_similarity_same_level')",
});
