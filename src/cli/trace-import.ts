/**
 * npm run trace:import [-- --files 1000] [--drop] [--accept] [--threshold 50] [--dist <built app>] [--no-minify]
 * Imports `files` one-form documents into the production build in headless Chromium (Debian's)
 * — picked with the file picker, or `--drop`ped as one folder — and accepts them (`--accept`),
 * while a CDP trace records the page's main thread (devtools.timeline, user timing, V8's CPU
 * profiler). Prints each main-thread task over `threshold` ms: when, wall time, the thread's CPU
 * time in it (a task with little CPU and a long wall time waited: for the browser process, or
 * for a core), what started it, and where its time went; then the synchronous calls the main
 * thread made to the browser process, by interface. The trace is written to
 * tests/.artifacts/import-trace.json (open it in DevTools' Performance panel).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serveStatic } from '../serve/serveStatic';

const ROOT = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '1000' },
    drop: { type: 'boolean', default: false },
    accept: { type: 'boolean', default: false },
    threshold: { type: 'string', default: '50' },
    dist: { type: 'string' },
    'no-minify': { type: 'boolean', default: false },
  },
});
const N = Number(values.files);
const threshold = Number(values.threshold);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; src_func?: string; data?: { functionName?: string }; chrome_mojo_event_info?: { mojo_interface_tag?: string } };
}

async function builtApp(): Promise<{ dir: string; temporary: boolean }> {
  if (values.dist) return { dir: resolve(values.dist), temporary: false };
  const dir = mkdtempSync(join(tmpdir(), 'evallens-trace-dist-'));
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, mode: 'production', configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: dir, emptyOutDir: true, minify: !values['no-minify'] } });
  } finally {
    process.env.NODE_ENV = env;
  }
  return { dir, temporary: true };
}

const app = await builtApp();
const server = await serveStatic({ root: app.dir, basePath: '/evallens/' });
const profile = mkdtempSync(join(tmpdir(), 'evallens-chromium-'));
const work = mkdtempSync(join(tmpdir(), 'evallens-trace-files-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1440, height: 900 },
  locale: 'zh-CN',
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  await page.waitForFunction(() => document.documentElement.dataset.flags === 'current' && document.documentElement.dataset.imports === 'current', null, { timeout: 120_000 });
  await page.waitForTimeout(500);

  const dir = join(work, 'forms');
  mkdirSync(dir);
  const form = readFileSync(join(ROOT, 'tests/fixtures/formats/form.txt'), 'utf8');
  const paths = Array.from({ length: N }, (_, i) => {
    const path = join(dir, `form-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, form.replaceAll('农村饮水安全工程维修养护项目', `农村饮水安全工程维修养护项目（第${i + 1}批）`));
    return path;
  });
  await page.click('[data-testid="import-open"]');

  const cdp = await context.newCDPSession(page);
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'blink.user_timing', 'toplevel', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'v8', 'blink', 'mojom', 'ipc'];
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories, recordMode: 'recordContinuously' }, transferMode: 'ReturnAsStream' });
  const t0 = Date.now();
  if (values.drop) {
    const data = { items: [], files: [dir], dragOperationsMask: 1 };
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, x: 400, y: 300, data });
  } else {
    await page.setInputFiles('[data-testid="import-files"]', paths);
  }
  await page.waitForFunction(
    (n) => {
      const overall = document.querySelector('[data-testid="import-overall"]') as HTMLElement | null;
      return !!overall && Number(overall.dataset.total) >= n && overall.dataset.done === overall.dataset.total;
    },
    N,
    { timeout: 600_000 },
  );
  const t1 = Date.now();
  let t2 = t1;
  if (values.accept) {
    await page.click('[data-testid="import-accept-all"]');
    await page.waitForFunction(() => !document.querySelector('[data-testid="import-item"][data-phase="accepting"]') && document.documentElement.dataset.imports === 'current', null, { timeout: 600_000 });
    t2 = Date.now();
    await page.click('[data-testid="import-close"]');
    await page.waitForFunction(() => document.documentElement.dataset.flags === 'current' && !document.querySelector('.query-loading, .query-refreshing'), null, { timeout: 300_000 });
  }
  await page.waitForTimeout(1000);
  const complete = new Promise<string>((done) => cdp.once('Tracing.tracingComplete', (e) => done(e.stream!)));
  await cdp.send('Tracing.end');
  const stream = await complete;
  const chunks: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const json = chunks.join('');
  mkdirSync(join(ROOT, 'tests/.artifacts'), { recursive: true });
  writeFileSync(join(ROOT, 'tests/.artifacts/import-trace.json'), json);
  console.log(`${N} files ${values.drop ? 'dropped as a folder' : 'picked'}: read and listed in ${((t1 - t0) / 1000).toFixed(1)} s${values.accept ? `, merged and stored in ${((t2 - t1) / 1000).toFixed(1)} s` : ''}`);
  report(JSON.parse(json) as TraceEvent[] | { traceEvents: TraceEvent[] });
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  if (app.temporary) rmSync(app.dir, { recursive: true, force: true });
}

/** The page's main-thread tasks over the threshold, and its synchronous calls to the browser process. */
function report(raw: TraceEvent[] | { traceEvents: TraceEvent[] }): void {
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  const perThread = new Map<string, number>();
  for (const e of events) perThread.set(`${e.pid}:${e.tid}`, (perThread.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  // The page's renderer main thread: the busiest CrRendererMain.
  const main = events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .sort((a, b) => (perThread.get(key(b)) ?? 0) - (perThread.get(key(a)) ?? 0))[0];
  if (!main) return console.log('no renderer main thread in the trace');
  const onMain = events.filter((e) => key(e) === key(main)).sort((a, b) => a.ts - b.ts);
  const start = onMain.find((e) => e.ts > 0)?.ts ?? 0;
  const plumbing = new Set(['ThreadControllerImpl::RunTask', 'RunTask', 'Receive mojo message', 'v8.callFunction', 'FunctionCall', 'SimpleWatcher::OnHandleReady', 'MessagePort::Accept', 'HandlePostMessage', 'TimerBase::run', 'TimerFire', 'AsyncTask Run', 'V8.StackGuard', 'V8.HandleInterrupts', 'V8.InvokeApiInterruptCallbacks']);
  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) > threshold * 1000);
  console.log(`\nmain-thread tasks over ${threshold} ms (ms from the trace's start; wall / thread CPU):`);
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const inside = onMain.filter((e) => e.ts >= task.ts && e.ts < end && e !== task);
    const spent = new Map<string, number>();
    for (const e of inside) if (e.ph === 'X' && !plumbing.has(e.name)) spent.set(e.name, (spent.get(e.name) ?? 0) + (e.dur ?? 0));
    const sync = new Map<string, number>();
    for (const e of inside) if (e.name === 'Receive mojo reply') sync.set(e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '?', (sync.get(e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '?') ?? 0) + 1);
    const js = inside.find((e) => e.name === 'FunctionCall')?.args?.data?.functionName;
    const where = [...spent].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name, us]) => `${name} ${(us / 1000).toFixed(0)}`).join(' | ');
    const calls = [...sync].map(([tag, n]) => `${n}× ${tag}`).join(', ');
    console.log(`  +${((task.ts - start) / 1000).toFixed(0).padStart(6)}  ${(task.dur! / 1000).toFixed(0).padStart(4)} / ${((task.tdur ?? 0) / 1000).toFixed(0).padStart(3)} ms  ${task.args?.src_func ?? ''}${js ? ` → ${js}` : ''}: ${where}${calls ? `; sync calls: ${calls}` : ''}`);
  }
  const marks = onMain.filter((e) => e.cat.includes('user_timing') && e.name.startsWith('import:'));
  for (const m of marks) console.log(`  mark ${m.name} at +${((m.ts - start) / 1000).toFixed(0)}`);
}
