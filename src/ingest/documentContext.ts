import type { Cell, ParsedDocument } from '../parse/forms';
import { correctOcrAgency, parseAgency } from '../normalize/department';
import { regionOf } from '../normalize/region';
import { parseYear } from '../normalize/year';
import { pick, type Sidecar } from './sidecar';
import type { RefOf } from './sourceRefs';

/** What holds for every record of one document: its main department and region, the year its headings state, its sidecar. */
export interface DocumentContext {
  readonly sourceFile: string;
  /** The department most of the document's forms name (canonical): the publisher, for OCR correction and missing cells. */
  readonly mainDepartment: string | null;
  readonly mainRegion: string | null;
  readonly headingYear: number | null;
  readonly sidecar: Sidecar;
  /** The format address of a record's cell. */
  readonly refOf: RefOf;
}

export function documentContext(parsed: ParsedDocument, sidecar: Sidecar, refOf: RefOf): DocumentContext {
  const counts = new Map<string, number>();
  for (const form of [...parsed.selfEvaluations, ...parsed.targetTables]) {
    const name = form.department ? parseAgency(form.department.text).name : '';
    if (name !== '') counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let mainDepartment: string | null = null;
  for (const [name, n] of counts) if (mainDepartment === null || n > (counts.get(mainDepartment) as number)) mainDepartment = name;
  const headingYear = parsed.headings.map((h) => parseYear(h.text)).find((y) => y !== null) ?? null;
  return { sourceFile: parsed.sourceFile, mainDepartment, mainRegion: regionOf(mainDepartment), headingYear, sidecar, refOf };
}

/** The agency fields of a record (department or implementing unit). */
export interface ResolvedAgency {
  readonly code: string | null;
  readonly name: string | null;
}

/**
 * A 主管部门 / 实施单位 cell → code and canonical name. A name OCR garbled
 * (close to the document's main department) becomes that department, with the
 * warning `<field>_ocr_corrected`. A form without a 主管部门 (OCR lost the row)
 * belongs to the document's department, as its year belongs to the document's
 * heading (`department_from_document`); a missing 实施单位 stays NULL
 * (`implementing_unit_missing`): units differ from form to form.
 */
export function resolveAgency(
  cell: Cell | null,
  ctx: DocumentContext,
  field: 'department' | 'implementing_unit',
  warnings: string[],
): ResolvedAgency {
  const { code, name } = cell === null ? { code: null, name: '' } : parseAgency(cell.text);
  if (name === '') {
    if (field === 'department' && ctx.mainDepartment !== null) {
      warnings.push('department_from_document');
      return { code, name: ctx.mainDepartment };
    }
    warnings.push(`${field}_missing`);
    return { code, name: null };
  }
  const corrected = ctx.mainDepartment ? correctOcrAgency(name, [ctx.mainDepartment]) : null;
  if (corrected !== null) {
    warnings.push(`${field}_ocr_corrected`);
    return { code, name: corrected };
  }
  return { code, name };
}

/** Year of a record: its form's, else the document headings', else the sidecar's (which wins with `override`). */
export function resolveYear(cell: Cell | null, ctx: DocumentContext, warnings: string[]): number | null {
  const chosen = pick(parseYear(cell?.text) ?? ctx.headingYear, ctx.sidecar.year, ctx.sidecar);
  if (chosen.fromSidecar) warnings.push('year_from_sidecar');
  if (chosen.value === null) warnings.push('year_missing');
  return chosen.value;
}

/**
 * Region of a record: from its department's name (else its unit's), else the
 * document's (`region_from_document`), else the sidecar's (which wins with `override`).
 */
export function resolveRegion(department: string | null, unit: string | null, ctx: DocumentContext, warnings: string[]): string | null {
  const ownRegion = regionOf(department) ?? regionOf(unit);
  const chosen = pick(ownRegion ?? ctx.mainRegion, ctx.sidecar.region, ctx.sidecar);
  if (chosen.fromSidecar) warnings.push('region_from_sidecar');
  else if (ownRegion === null && chosen.value !== null) warnings.push('region_from_document');
  if (chosen.value === null) warnings.push('region_missing');
  return chosen.value;
}
