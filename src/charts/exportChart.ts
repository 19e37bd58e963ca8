import { echarts, type ChartOption } from './echarts';
import { plainText } from './plainText';

/** What an exported image carries besides the chart: its title and a one-line filter summary. */
export interface ExportMeta {
  title: string;
  filterSummary: string;
  width: number;
  height: number;
}

/** Room above the chart for the title block in exported images. */
export const EXPORT_HEADER = 56;

const asArray = (v: unknown): Record<string, unknown>[] =>
  v === undefined ? [] : Array.isArray(v) ? (v as Record<string, unknown>[]) : [v as Record<string, unknown>];

/** The option as exported: white background, title + filter summary on top, every grid moved down to make room. */
export function exportOption(option: ChartOption, meta: ExportMeta): ChartOption {
  const shift = (o: Record<string, unknown>) => ({ ...o, top: (typeof o.top === 'number' ? o.top : 60) + EXPORT_HEADER });
  const grids = asArray(option.grid).map(shift);
  const visualMaps = asArray(option.visualMap).map((v) => (v.top === undefined ? v : shift(v)));
  const legends = asArray(option.legend).map((l) => (l.top === undefined || l.top === 'bottom' ? l : shift(l)));
  return {
    ...option,
    animation: false,
    backgroundColor: '#ffffff',
    title: {
      text: plainText(meta.title),
      subtext: plainText(meta.filterSummary),
      left: 12,
      top: 8,
      textStyle: { fontSize: 15, fontWeight: 'bold' },
      subtextStyle: { fontSize: 11, color: '#52606d' },
    },
    ...(grids.length ? { grid: grids } : {}),
    ...(visualMaps.length ? { visualMap: visualMaps } : {}),
    ...(legends.length ? { legend: legends } : {}),
  };
}

/** SVG text of the chart (server-side SVG renderer: no DOM needed). */
export function renderSvg(option: ChartOption, meta: ExportMeta): string {
  const height = meta.height + EXPORT_HEADER;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: meta.width, height });
  try {
    chart.setOption(exportOption(option, meta));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** PNG data URL of the chart at twice its size, drawn off-screen with the canvas renderer. */
export function renderPng(option: ChartOption, meta: ExportMeta): string {
  const height = meta.height + EXPORT_HEADER;
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${meta.width}px;height:${height}px`;
  document.body.appendChild(host);
  const chart = echarts.init(host, null, { renderer: 'canvas', width: meta.width, height });
  try {
    chart.setOption(exportOption(option, meta));
    return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
  } finally {
    chart.dispose();
    host.remove();
  }
}
