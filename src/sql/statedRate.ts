/**
 * The execution rate a project is shown with: its 执行率 as the form prints it
 * (traceable to the source line), B/A where the form prints none. Where the two
 * differ, the `calc.rate` audit rule says so; tooltips show both.
 */
export const statedRateSql = (e: string) => `coalesce(${e}.execution_rate_reported, ${e}.execution_rate)`;
