import { describe, expect, it } from 'vitest';
import { EXPORT_HEADER, exportOption, renderSvg } from '../../src/charts/exportChart';
import { heatmapSpec } from '../../src/views/overview/spec';

const data = {
  department: ['淮南市人民政府办公室', '大同市人民政府外事办公室'],
  year: ['2024', '2021'],
  execution_rate: [0.5869, 0.0112],
  evaluations: [10, 12],
  budget_full_year: [1, 2],
  executed: [1, 2],
  // The axes, repeated on every row as heatmapQuery gives them.
  department_axis: Array(2).fill(['大同市人民政府外事办公室', '淮南市人民政府办公室']),
  year_axis: Array(2).fill(['2021', '2024']),
};
const meta = { title: '部门 × 年度 预算执行率', filterSummary: '年度: 2024 · 地区: 淮南市', width: 800, height: 300 };

describe('exportChart', () => {
  it('adds the title and the filter summary and moves the plot down to make room', () => {
    const option = exportOption(heatmapSpec(data, 'zh'), meta);
    expect(option.title).toMatchObject({ text: meta.title, subtext: meta.filterSummary });
    expect(option.backgroundColor).toBe('#ffffff');
    expect((option.grid as { top: number }[])[0]?.top).toBe(36 + EXPORT_HEADER);
  });

  it('renders an SVG document carrying the title, the filter line and the chart labels', () => {
    const svg = renderSvg(heatmapSpec(data, 'zh'), meta);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('部门 × 年度 预算执行率');
    expect(svg).toContain('年度: 2024 · 地区: 淮南市');
    expect(svg).toContain('大同市人民政府外事办公室');
    expect(svg).toContain('1.1%');
    expect(svg).toContain(`height="${300 + EXPORT_HEADER}"`);
  });
});
