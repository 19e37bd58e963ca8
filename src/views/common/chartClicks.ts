import type { ChartClick } from '../../charts/EChart';
import type { Columns } from '../../db/arrowValues';
import type { ViewProps } from '../view';

/** A chart click that opens the clicked row's form (the row's eval_id in the query result). */
export const openClickedForm =
  (data: Columns, openEvaluation: ViewProps['openEvaluation']) =>
  (e: ChartClick): void => {
    const id = data.eval_id?.[e.dataIndex];
    if (typeof id === 'string') openEvaluation(id);
  };

/** A chart click that filters every view to the clicked row's department (the row's department in the query result). */
export const filterClickedDepartment =
  (data: Columns, setFilters: ViewProps['setFilters']) =>
  (e: ChartClick): void => {
    const department = data.department?.[e.dataIndex];
    if (typeof department === 'string') setFilters({ departments: [department] });
  };
