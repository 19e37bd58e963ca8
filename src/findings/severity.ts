import type { Localized } from '../i18n/lang';
import type { Severity } from '../rules/rule';

export const SEVERITY_LABELS: Record<Severity, Localized> = {
  high: { zh: '高', en: 'High' },
  medium: { zh: '中', en: 'Medium' },
  low: { zh: '低', en: 'Low' },
};

/** SQL expression ranking a `severity` column (high first). */
export const SEVERITY_RANK_SQL = `CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END`;
