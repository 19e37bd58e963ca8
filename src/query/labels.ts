/** How records are named in charts and lists (SQL expressions on a row aliased as given). */

/** A project: its name, else the fragment the source shows, else a marker. */
export const projectLabelSql = (e: string) => `coalesce(${e}.project, nullif(trim(${e}.project_raw), ''), '（名称缺失）')`;

/** A department: its canonical name, else a marker (a form whose 主管部门 could not be read). */
export const departmentLabelSql = (e: string) => `coalesce(${e}.department, '（部门缺失）')`;
