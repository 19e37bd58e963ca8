/** How records are named in charts and lists (SQL expressions on a row aliased as given); forms are named by `formNameSql` (src/sql/formName.ts). */

/** A department: its canonical name, else a marker (a form whose 主管部门 could not be read). */
export const departmentLabelSql = (e: string) => `coalesce(${e}.department, '（部门缺失）')`;
