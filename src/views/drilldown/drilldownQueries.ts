import type { EvaluationRow, IndicatorRecord } from '../../contract/tables';
import type { SqlConnection } from '../../db/connection';
import type { Severity } from '../../rules/rule';
import { rateBasisSql, executionRateSql, printedRateDiffersSql } from '../../sql/executionRate';
import { formNameSql } from '../../sql/formName';
import { SEVERITY_RANK_SQL } from '../../findings/severity';

/** A finding on the open form, as the drill-down lists and highlights it. */
export interface FormFlag {
  flag_id: string;
  rule_id: string;
  severity: Severity;
  indicator_index: number | null;
  message_zh: string;
  message_en: string;
  evidence: string | null;
}

/** What the drill-down shows as every other view does: the form's name, and its rate with the printed one. */
export interface FormDisplay {
  /** The name every view shows (src/sql/formName.ts); the form's 项目名称 cell keeps `project_raw` as printed. */
  name: string;
  /** The execution rate (B/A, else printed: src/sql/executionRate.ts) and where it comes from. */
  rate: number | null;
  rate_basis: 'computed' | 'printed' | null;
  /** Whether the printed rate differs from B/A beyond its precision. */
  rate_differs: boolean;
}

export interface FormRecord {
  evaluation: EvaluationRow;
  display: FormDisplay;
  indicators: IndicatorRecord[];
  flags: FormFlag[];
  /** SHA-256 of the form's source file (ingest_report): what reviewer notes on the form and its findings are keyed by. */
  sourceSha256: string | null;
}

/** One self-evaluation with its indicators and findings, or null when no form has that id. */
export async function loadForm(conn: SqlConnection, evalId: string): Promise<FormRecord | null> {
  const [evaluation] = await conn.rows<EvaluationRow>('SELECT * FROM evaluations WHERE eval_id = ?', [evalId]);
  if (!evaluation) return null;
  const [display] = await conn.rows<FormDisplay>(
    `SELECT ${formNameSql('e')} AS name, ${executionRateSql('e')} AS rate, ${rateBasisSql('e')} AS rate_basis, ${printedRateDiffersSql('e')} AS rate_differs
       FROM evaluations e WHERE e.eval_id = ?`,
    [evalId],
  );
  const indicators = await conn.rows<IndicatorRecord>('SELECT * FROM indicators WHERE eval_id = ? ORDER BY indicator_index', [evalId]);
  const flags = await conn.rows<FormFlag>(
    `SELECT flag_id, rule_id, severity, indicator_index, message_zh, message_en, evidence
       FROM flags
      WHERE eval_id = ?
         -- A list.duplicate finding sits on its group's first form and lists every form of it.
         OR (rule_id = 'list.duplicate' AND strpos(evidence, ?) > 0)
      ORDER BY ${SEVERITY_RANK_SQL}, rule_id, indicator_index NULLS FIRST`,
    [evalId, JSON.stringify(evalId)],
  );
  const [source] = await conn.rows<{ sha256: string | null }>('SELECT sha256 FROM ingest_report WHERE source_file = ?', [evaluation.source_file]);
  return {
    evaluation,
    display: display ?? { name: evalId, rate: null, rate_basis: null, rate_differs: false },
    indicators,
    flags,
    sourceSha256: source?.sha256 ?? null,
  };
}
