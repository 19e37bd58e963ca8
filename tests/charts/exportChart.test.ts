import { describe, expect, it } from 'vitest';
import { EXPORT_HEADER, exportOption, renderSvg } from '../../src/charts/exportChart';
import { BASE_OPTION, FONT_FAMILY } from '../../src/charts/theme';
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

/**
 * Start tags that XML does not allow: each must be a name and then `name="value"` attributes
 * whose value holds no `"` or `<` (the browser test parses every exported SVG with DOMParser).
 */
function malformedStartTags(svg: string): string[] {
  const bad: string[] = [];
  for (const m of svg.matchAll(/<(?![!?/])/g)) {
    const tag = /<[A-Za-z][\w:.-]*(?:\s+[A-Za-z_:][\w:.-]*="[^"<]*")*\s*\/?>/y;
    tag.lastIndex = m.index;
    if (!tag.test(svg)) bad.push(svg.slice(m.index, m.index + 120));
  }
  return bad;
}

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

  it('writes well-formed XML: the font stack in the style attributes has no double quote, document text is escaped', () => {
    expect(FONT_FAMILY).not.toContain('"');
    const svg = renderSvg({ ...BASE_OPTION, ...heatmapSpec(data, 'zh') }, { ...meta, title: '执行率 <前 10> & "说明"' });
    expect(svg).toContain(`font-family:${FONT_FAMILY};`);
    expect(svg).toContain('执行率 &lt;前 10&gt; &amp; &quot;说明&quot;');
    expect(svg.match(/<text /g)?.length).toBeGreaterThan(4);
    expect(malformedStartTags(svg)).toEqual([]);
    // The check itself: the old double-quoted stack is caught.
    expect(malformedStartTags(`<svg><text style="font-family:"Noto Sans CJK SC", sans-serif;">x</text></svg>`)).toHaveLength(1);
  });
});
