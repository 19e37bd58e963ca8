import { chromium } from 'playwright-core';
import { buildApp, serveWithData } from '../src/bench/servedApp';
import { VIEW_QUERIES } from '../src/views/viewQueries';
import { NO_FILTERS } from '../src/query/filters';
const app = await buildApp();
const server = await serveWithData(app, process.argv[2]!);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext();
await ctx.addInitScript('globalThis.__name = (f) => f;');
const page = await ctx.newPage();
await page.goto(server.url);
await page.waitForFunction(() => document.documentElement.dataset.data === 'complete', undefined, { timeout: 300000 });
const f = { ...NO_FILTERS, years: [2022] };
const qs = [{ name: 'select1', sql: 'SELECT ? AS x', params: [1] }, { name: 'count-agg', sql: 'SELECT count(*) FROM agg_department_year WHERE year = ?', params: [2022] }, ...VIEW_QUERIES.overview(f), ...VIEW_QUERIES.findings(f)];
const r = await page.evaluate(async (qs) => {
  const conn = (window as any).__conn;
  const out: string[] = [];
  for (const q of qs) {
    await conn.arrow(q.sql, q.params);
    const t: number[] = [];
    for (let k = 0; k < 15; k++) { const s = performance.now(); await conn.arrow(q.sql, q.params); t.push(performance.now() - s); }
    t.sort((a, b) => a - b);
    out.push(`${q.name}: min ${t[0]!.toFixed(1)} med ${t[7]!.toFixed(1)}`);
    const raw = conn.raw;
    const st = await raw.prepare(q.sql);
    const t2: number[] = [];
    for (let k = 0; k < 15; k++) { const s = performance.now(); await st.query(...q.params); t2.push(performance.now() - s); }
    t2.sort((a, b) => a - b);
    out.push(`   raw prepared: min ${t2[0]!.toFixed(1)} med ${t2[7]!.toFixed(1)}`);
  }
  return out;
}, qs);
console.log(r.join('\n'));
await browser.close(); await server.dispose();
