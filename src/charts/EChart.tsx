import { useEffect, useRef } from 'react';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/dict';
import { formatInt } from '../i18n/format';
import { type ChartItems, itemTexts } from './chartItems';
import { echarts, type ChartOption } from './echarts';
import { downloadBlob, downloadHref, exportFileName } from '../export/download';
import { renderPng, renderSvg } from './exportChart';
import { BASE_OPTION } from './theme';

/** What a click on a chart element hands back (ECharts' event params, the parts used here). */
export interface ChartClick {
  componentType: string;
  seriesIndex?: number;
  dataIndex: number;
  name: string;
  value: unknown;
}

interface Props {
  /** Stable id, used for the export file name and test selectors. */
  id: string;
  title: string;
  option: ChartOption;
  height: number;
  lang: Lang;
  /** One-line summary of the active filters, drawn into exported images. */
  filterSummary: string;
  onClick?: (e: ChartClick) => void;
  /** The plotted items as text ("name: value"), listed for screen readers (and read by the e2e tests): the first ITEMS_LISTED of them. */
  items?: ChartItems;
  /**
   * The query answer the option is built from: while it (and the language and height) stay
   * the same object, a new render does not redraw the chart (a view re-renders when a filter
   * changes, before the new answer is in). Without it, every render redraws.
   */
  data?: unknown;
}

/**
 * How many of a chart's items its text list holds; a longer list ends with how many more there are
 * (a scatter of 5,000 points listed whole cost ~40 ms of style and layout on every filter change,
 * and no one reads 5,000 lines aloud: the Records view lists every form).
 */
export const ITEMS_LISTED = 200;

/**
 * The one ECharts wrapper: canvas on screen, resized with its box,
 * initialised and disposed in an effect (safe under StrictMode's double run),
 * with PNG and SVG export of the same option.
 */
export function EChart({ id, title, option, height, lang, filterSummary, onClick, items, data }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const click = useRef(onClick);
  /** What the chart was last drawn from (null: not drawn since it was made). */
  const drawn = useRef<{ data: unknown; lang: Lang; height: number } | null>(null);
  click.current = onClick;

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const instance = echarts.init(el, null, { renderer: 'canvas' });
    chart.current = instance;
    drawn.current = null;
    instance.on('click', (params) => click.current?.(params as unknown as ChartClick));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      // A chart of thousands of points is painted in slices, the next one queued for the next frame,
      // and zrender would paint that slice into the disposed canvas (a TypeError on its null layers).
      // Repainting the chart empty now starts a new paint, which ends the queued one.
      instance.clear();
      instance.getZr().refreshImmediately();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  const full = { ...BASE_OPTION, ...option };
  useEffect(() => {
    const last = drawn.current;
    if (data !== undefined && last && last.data === data && last.lang === lang && last.height === height) return;
    const started = performance.now();
    chart.current?.setOption(full, { notMerge: true });
    performance.measure(`evallens:setOption:${id}`, { start: started });
    drawn.current = { data, lang, height };
  });

  const exportAs = (kind: 'png' | 'svg') => {
    const width = host.current?.clientWidth || 960;
    const meta = { title, filterSummary, width, height };
    if (kind === 'png') downloadHref(exportFileName(id, 'png'), renderPng(full, meta));
    else downloadBlob(exportFileName(id, 'svg'), new Blob([renderSvg(full, meta)], { type: 'image/svg+xml' }));
  };

  return (
    <figure className="chart" data-chart={id}>
      <figcaption className="chart-head">
        <span className="chart-title">{title}</span>
        <span className="chart-actions">
          <button type="button" onClick={() => exportAs('png')} data-export="png">
            {t(lang, 'exportPng')}
          </button>
          <button type="button" onClick={() => exportAs('svg')} data-export="svg">
            {t(lang, 'exportSvg')}
          </button>
        </span>
      </figcaption>
      <div ref={host} className="chart-canvas" style={{ height }} role="img" aria-label={title} />
      {items && (
        <ol className="sr-only" data-chart-items={id}>
          {itemTexts(items, ITEMS_LISTED).map((item, i) => (
            <li key={i}>{item}</li>
          ))}
          {items.count > ITEMS_LISTED && <li>{t(lang, 'moreItems')(formatInt(items.count - ITEMS_LISTED))}</li>}
        </ol>
      )}
    </figure>
  );
}
