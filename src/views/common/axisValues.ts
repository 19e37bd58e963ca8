/**
 * A chart axis the query computed: a list column repeated on every row of the result
 * (e.g. `department_axis`, `year_axis`), read from its first row; empty without rows.
 */
export function axisValues(column: ArrayLike<unknown> | undefined): unknown[] {
  return Array.from((column?.[0] as ArrayLike<unknown> | undefined) ?? []);
}
