import { fetchSourceText, sliceLines } from '../sources/sourceText';
import type { CitedForm } from './reportData';
import type { AppendixForm } from './reportDocument';

/** Each cited form's lines from its source document (the text the drill-down shows), or why they could not be read. */
export async function sourceAppendix(forms: readonly CitedForm[]): Promise<AppendixForm[]> {
  const out: AppendixForm[] = [];
  for (const form of forms) {
    if (form.line_start === null || form.line_end === null) {
      out.push({ form, lines: null, error: '表格没有行号' });
      continue;
    }
    try {
      out.push({ form, lines: sliceLines(await fetchSourceText(form.source_file), form.line_start, form.line_end), error: null });
    } catch (e) {
      out.push({ form, lines: null, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}
