/**
 * Thresholds the views draw and count by; the defaults of the audit rules
 * (`exec.low`: < 60% high, < 80% medium; `inflation.low_exec_high_score`: total ≥ 90 with execution < 60%).
 * They reach SQL as `?` parameters.
 */
export const RATE_LOW = 0.6;
export const RATE_MID = 0.8;
export const HIGH_SCORE = 90;
