import { readdirSync, readFileSync } from 'node:fs';
import type { EvaluationRow, TargetTableRow } from '../../src/contract/tables';
import { ingestDocument } from '../../src/ingest/ingestDocument';

/** The development set: real layouts, written anew with invented names and figures (tests/fixtures/README.md). */
export const DEVSET_DIR = new URL('../fixtures/devset/', import.meta.url);

export interface ExpectedForm {
  readonly kind: 'self_evaluation' | 'target_table';
  readonly project: string | null;
  readonly department: string | null;
  readonly year: number | null;
  readonly budget_initial?: number | null;
  readonly budget_full_year: number | null;
  readonly executed?: number | null;
  readonly execution_rate_reported?: number | null;
  readonly total_score?: number | null;
}

export interface Expected {
  readonly source: string;
  readonly province: string;
  readonly layout: string;
  readonly forms: readonly ExpectedForm[];
}

/** The header fields a reviewer reads off a form, by kind. */
export const FIELDS = {
  self_evaluation: ['project', 'department', 'year', 'budget_initial', 'budget_full_year', 'executed', 'execution_rate_reported', 'total_score'],
  target_table: ['project', 'department', 'year', 'budget_full_year'],
} as const;

/** The fixture documents (any format) and their expectations. */
export function devsetFiles(): { file: string; expected: Expected }[] {
  return readdirSync(DEVSET_DIR)
    .filter((file) => !file.endsWith('.json') && !file.endsWith('.md'))
    .sort()
    .map((file) => ({ file, expected: JSON.parse(readFileSync(new URL(`${file.replace(/\.[a-z]+$/, '')}.expected.json`, DEVSET_DIR), 'utf8')) as Expected }));
}

const same = (a: unknown, b: unknown): boolean =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)) : a === b;

export interface FieldResult {
  readonly file: string;
  readonly form: number;
  readonly field: string;
  readonly expected: unknown;
  readonly read: unknown;
  readonly ok: boolean;
}

/** Every header field of every expected form of one fixture, compared with what ingest reads. */
export async function scoreFixture(file: string, expected: Expected): Promise<{ fields: FieldResult[]; formsRead: number }> {
  const doc = await ingestDocument(new Uint8Array(readFileSync(new URL(file, DEVSET_DIR))), file);
  const byKind = { self_evaluation: doc.rows.evaluations as (EvaluationRow | TargetTableRow)[], target_table: doc.rows.target_tables as (EvaluationRow | TargetTableRow)[] };
  const seen = { self_evaluation: 0, target_table: 0 };
  const fields: FieldResult[] = [];
  expected.forms.forEach((form, index) => {
    const row = byKind[form.kind][seen[form.kind]++] as Record<string, unknown> | undefined;
    for (const field of FIELDS[form.kind]) {
      const want = (form as unknown as Record<string, unknown>)[field] ?? null;
      const column = form.kind === 'target_table' && field === 'budget_full_year' ? 'budget_total' : field;
      const read = row ? (row[column] ?? null) : undefined;
      fields.push({ file, form: index + 1, field, expected: want, read, ok: same(read, want) });
    }
  });
  return { fields, formsRead: doc.rows.evaluations.length + doc.rows.target_tables.length };
}
