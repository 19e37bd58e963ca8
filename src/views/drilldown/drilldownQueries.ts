import type { EvaluationRow, IndicatorRecord } from '../../contract/tables';
import type { SqlConnection } from '../../db/connection';
import type { Severity } from '../../rules/rule';
import { SEVERITY_RANK_SQL } from '../findings/severity';

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

export interface FormRecord {
  evaluation: EvaluationRow;
  indicators: IndicatorRecord[];
  flags: FormFlag[];
  /** SHA-256 of the form's source file (ingest_report): what reviewer notes on the form and its findings are keyed by. */
  sourceSha256: string | null;
}

/** One self-evaluation with its indicators and findings, or null when no form has that id. */
export async function loadForm(conn: SqlConnection, evalId: string): Promise<FormRecord | null> {
  const [evaluation] = await conn.rows<EvaluationRow>('SELECT * FROM evaluations WHERE eval_id = ?', [evalId]);
  if (!evaluation) return null;
  const indicators = await conn.rows<IndicatorRecord>('SELECT * FROM indicators WHERE eval_id = ? ORDER BY indicator_index', [evalId]);
  const flags = await conn.rows<FormFlag>(
    `SELECT flag_id, rule_id, severity, indicator_index, message_zh, message_en, evidence
       FROM flags WHERE eval_id = ?
      ORDER BY ${SEVERITY_RANK_SQL}, rule_id, indicator_index NULLS FIRST`,
    [evalId],
  );
  const [source] = await conn.rows<{ sha256: string | null }>('SELECT sha256 FROM ingest_report WHERE source_file = ?', [evaluation.source_file]);
  return { evaluation, indicators, flags, sourceSha256: source?.sha256 ?? null };
}
