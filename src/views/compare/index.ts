import { departmentYearTables } from '../../query/departmentYear';
import type { ViewDefinition } from '../view';
import { CompareView } from './CompareView';

export const compareView: ViewDefinition = {
  id: 'compare',
  title: { zh: '跨部门/跨年度对比', en: 'Compare' },
  explanation: {
    zh: '同一组指标（执行率、平均自评分、满分指标占比、未达标或套话指标占比，均为 0–100）按主管部门、按地区和年度并排比较；下表给出每个地区、每个部门与其自身上一个有数据年度相比的变化（不在不同地区或部门之间相减）。点击条形即筛选。',
    en: "The same measures (execution %, mean self-score, full-mark and unmet-or-boilerplate indicator shares, all 0–100) side by side across departments and across regions and years; the tables give each region's and each department's change from its own previous year in the data (never between two regions or departments). Click a bar to filter.",
  },
  Component: CompareView,
  tables: (f) => departmentYearTables(f, 'indicators'),
};
