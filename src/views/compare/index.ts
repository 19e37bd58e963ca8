import { departmentYearTables } from '../../query/departmentYear';
import type { ViewDefinition } from '../view';
import { CompareView } from './CompareView';

export const compareView: ViewDefinition = {
  id: 'compare',
  title: { zh: '跨部门/跨年度对比', en: 'Compare' },
  explanation: {
    zh: '同一组指标（执行率、平均自评分、满分指标占比、未达标或套话指标占比，均为 0–100）按部门和按年度并排比较，下表给出各部门与其上一个有数据年度相比的变化。点击部门或年度条形即筛选。',
    en: "The same measures (execution %, mean self-score, full-mark and unmet-or-boilerplate indicator shares, all 0–100) side by side across departments and across years; the table gives each department's change from its previous year in the data. Click a bar to filter.",
  },
  Component: CompareView,
  tables: (f) => departmentYearTables(f, 'indicators'),
};
