/** How a project is named in charts and lists: its name, else the fragment the source shows, else a marker. */
export const projectLabelSql = (e: string) => `coalesce(${e}.project, nullif(trim(${e}.project_raw), ''), '（名称缺失）')`;
