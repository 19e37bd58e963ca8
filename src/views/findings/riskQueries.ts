import { filterClause } from '../../query/filterClause';
import type { Filters } from '../../query/filters';
import type { NamedQuery } from '../../query/namedQuery';
import { departmentLabelSql } from '../../query/labels';
import { formNameSql } from '../../sql/formName';
import { riskScoresSql } from '../../sql/riskScore';

/** How many projects the risk ranking lists. */
export const RISK_RANKING_LIMIT = 15;

/**
 * The projects under the global filters ranked by risk score (src/sql/riskScore.ts): eval_id,
 * project (src/sql/formName.ts), department, year, quality, quality_reasons, risk_score, high,
 * medium, low, flags, rules; ties by high then medium findings, then the budget. Every row also
 * carries `total`, how many projects have a score.
 */
export function riskRankingQuery(f: Filters, limit = RISK_RANKING_LIMIT): NamedQuery {
  const c = filterClause(f, 'evaluation', 'e');
  return {
    name: 'findings.riskRanking',
    sql: `SELECT e.eval_id, ${formNameSql('e')} AS project, ${departmentLabelSql('e')} AS department, e.year,
        e.quality, e.quality_reasons, r.risk_score, r.high, r.medium, r.low, r.flags, r.rules,
        (count(*) OVER ())::INTEGER AS total
      FROM (${riskScoresSql()}) r JOIN evaluations e ON e.eval_id = r.eval_id
      WHERE ${c.where}
      ORDER BY r.risk_score DESC, r.high DESC, r.medium DESC, e.budget_full_year DESC NULLS LAST, e.eval_id
      LIMIT ?`,
    params: [...c.params, limit],
  };
}

/**
 * The documents whose forms the list rules could not check, having no project list (清单):
 * source_file, forms (its self-evaluations under the global filters). One row per document.
 */
export function uncheckedDocumentsQuery(f: Filters): NamedQuery {
  const c = filterClause(f, 'evaluation', 'e');
  return {
    name: 'findings.uncheckedDocuments',
    sql: `SELECT e.source_file, count(*)::INTEGER AS forms
      FROM evaluations e
      WHERE ${c.where} AND e.source_file NOT IN (SELECT source_file FROM project_lists WHERE source_file IS NOT NULL)
      GROUP BY e.source_file ORDER BY e.source_file`,
    params: c.params,
  };
}
