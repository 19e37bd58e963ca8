import type { Localized } from '../i18n/lang';

/**
 * Scoring profiles: how a region scores the 预算执行 (funds) row of a self-evaluation.
 * The national default follows 财预〔2020〕10号 (预算执行率 分值 × 执行率); the others are
 * regional variants found in practice. A profile is chosen per region in the settings;
 * the SQL of each profile is in `src/sql/scoringSql.ts` (`execExpectedSql`, the rules' macro `rule_exec_expected`), keyed by this id.
 */
export type ScoringProfileId = 'national' | 'rate_x20' | 'steps';

export interface ScoringProfile {
  id: ScoringProfileId;
  name: Localized;
  /** The formula, as a reader checks it by hand. */
  formula: Localized;
}

export const SCORING_PROFILES: readonly ScoringProfile[] = [
  {
    id: 'national',
    name: { zh: '全国默认（财预〔2020〕10号）', en: 'national default (Cai Yu [2020] No. 10)' },
    formula: { zh: '得分 = 分值 × min(执行率, 100%)', en: 'score = weight × min(rate, 100%)' },
  },
  {
    id: 'rate_x20',
    name: { zh: '执行率×20（上限20分）', en: 'rate × 20 (capped at 20)' },
    formula: { zh: '得分 = min(执行率 × 20, 20)', en: 'score = min(rate × 20, 20)' },
  },
  {
    id: 'steps',
    name: { zh: '分档计分（100%→10，80–100%→7，60–80%→5，<60%→0）', en: 'steps (100%→10, 80–100%→7, 60–80%→5, <60%→0)' },
    formula: {
      zh: '执行率 ≥100% 得满分；80%–100% 得 70%；60%–80% 得 50%；<60% 得 0（按分值 10 分即 10/7/5/0）',
      en: 'rate ≥ 100%: full weight; 80–100%: 70%; 60–80%: 50%; < 60%: 0 (10/7/5/0 for a weight of 10)',
    },
  },
];

export const DEFAULT_PROFILE: ScoringProfileId = 'national';

export function isScoringProfileId(value: string): value is ScoringProfileId {
  return SCORING_PROFILES.some((p) => p.id === value);
}
