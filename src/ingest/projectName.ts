import { collapseName } from '../normalize/text';

/**
 * 项目名称 with whitespace collapsed; NULL when the form has none
 * (`project_name_missing`) or the parser found it damaged by OCR
 * (`project_name_fragment`): a damaged name is not the name, and is never
 * guessed. The record's project_raw keeps the fragment.
 */
export function projectName(raw: string | null, warnings: string[]): string | null {
  if (raw === null) {
    if (!warnings.includes('project_name_missing')) warnings.push('project_name_missing');
    return null;
  }
  return warnings.includes('project_name_fragment') ? null : collapseName(raw);
}
