import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { chartItems } from '../../src/charts/chartItems';
import { EChart, ITEMS_LISTED } from '../../src/charts/EChart';

const chart = (items: string[], lang: 'zh' | 'en' = 'zh') =>
  renderToStaticMarkup(<EChart id="scatter" title="散点" option={{}} height={300} lang={lang} filterSummary="" items={chartItems(items.length, (i) => items[i]!)} />);
const listed = (html: string) => [...html.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);

describe('EChart', () => {
  it('lists every item of a chart of up to ITEMS_LISTED items as text', () => {
    const items = Array.from({ length: ITEMS_LISTED }, (_, i) => `项目${i}: ${i}%`);
    expect(listed(chart(items))).toEqual(items);
  });

  it('lists the first ITEMS_LISTED items of a larger chart (a 5,000-point scatter) and says how many more there are', () => {
    const items = Array.from({ length: 5000 }, (_, i) => `项目${i}: ${i}%`);
    const zh = listed(chart(items));
    expect(zh).toHaveLength(ITEMS_LISTED + 1);
    expect(zh.slice(0, ITEMS_LISTED)).toEqual(items.slice(0, ITEMS_LISTED));
    expect(zh.at(-1)).toBe('另有 4,800 项未列出');
    expect(listed(chart(items, 'en')).at(-1)).toBe('and 4,800 more, not listed');
  });

  it('makes the text of the items it lists only: a 5,000-point chart formats 200', () => {
    let made = 0;
    const items = chartItems(5000, (i) => {
      made++;
      return `项目${i}`;
    });
    renderToStaticMarkup(<EChart id="scatter" title="散点" option={{}} height={300} lang="zh" filterSummary="" items={items} />);
    expect(made).toBe(ITEMS_LISTED);
  });
});
