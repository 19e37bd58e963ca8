import type { EvaluationRow, TargetTableRow } from '../contract/tables';
import type { FormHead } from '../parse/forms';
import { rawText } from './cellValues';
import { resolveAgency, resolveRegion, resolveYear, type DocumentContext } from './documentContext';
import { projectName } from './projectName';
import { parseProject } from '../normalize/project';

/** The columns evaluations and target_tables share (everything before their own fields). */
export type FormHeadColumns = Pick<
  EvaluationRow & TargetTableRow,
  | 'source_file'
  | 'form_index'
  | 'line_start'
  | 'line_end'
  | 'year'
  | 'region'
  | 'department'
  | 'department_code'
  | 'implementing_unit'
  | 'project'
  | 'project_raw'
  | 'project_code'
  | 'scope'
  | 'source_ref'
>;

/**
 * A form's head read the same way for both kinds of form: department and implementing unit
 * (code split off, aliases, OCR correction), year, region, project name (a budget-system code
 * split off) and the format address of its 项目名称 cell, adding the warnings of each step to `warnings`.
 */
export function formHead(form: FormHead, ctx: DocumentContext, warnings: string[]): FormHeadColumns {
  const parsedProject = form.project === null ? null : parseProject(form.project.text);
  const department = resolveAgency(form.department, ctx, 'department', warnings);
  // A 部门整体支出 form's template has no 实施单位 (the department spends its own budget): none is missing.
  const unit = form.scope === 'department' && form.implementingUnit === null ? { code: null, name: null } : resolveAgency(form.implementingUnit, ctx, 'implementing_unit', warnings);
  const year = resolveYear(form.year, ctx, warnings);
  const region = resolveRegion(department.name, unit.name, ctx, warnings);
  const projectRaw = rawText(form.project);
  return {
    source_file: ctx.sourceFile,
    form_index: form.formIndex,
    line_start: form.lineStart,
    line_end: form.lineEnd,
    year,
    region,
    department: department.name,
    department_code: department.code,
    implementing_unit: unit.name,
    // A 部门整体支出 form evaluates the department's whole spending: it has no project to name.
    project: form.scope === 'department' && parsedProject === null ? null : projectName(parsedProject === null ? null : parsedProject.name, warnings),
    project_raw: projectRaw,
    project_code: parsedProject?.code ?? null,
    scope: form.scope,
    source_ref: ctx.refOf(form.project) ?? ctx.refOf({ text: '', line: form.lineStart }),
  };
}
