/**
 * Bring your own documents, in the built app in headless Chromium: documents of every format
 * imported through the page (read in its import worker by the CLI's own code), reviewed,
 * accepted, kept across a reload, removed; the merged data exported as the contract's Parquet
 * files and imported in a fresh browser profile; the same file twice, a changed version, a
 * document without year/region, a project named like markup.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES, TABLES, type TableName } from '../../src/contract/tables';
import { NodeConnection } from '../../src/db/nodeConnection';
import { launchBrowser, openSettled, screenshot, type Browser } from './support/browser';
import { acceptAll, closeImportPanel, exportZip, importsSettled, kpi, listed, openImportPanel, pickFiles, shownFingerprint, storeFingerprint } from './support/imports';

const ROOT = resolve(import.meta.dirname, '../..');
const FORMATS = join(ROOT, 'tests/fixtures/formats');
const FORMS = ['form.txt', 'form.html', 'form.docx', 'form.doc', 'form.xlsx', 'form.xls', 'form.csv', 'form.pdf', 'form.chrome.pdf'];
const XSS = '<img src=x onerror=alert(1)>';
const TALL = { width: 1440, height: 1400 };

/** Every row of a table read by native DuckDB (doubles rounded: native and WASM may differ in a sum's last bit), sorted. */
async function rowsOf(sql: NodeConnection, dir: string, table: TableName): Promise<string[]> {
  const cols = TABLES[table].columns.map((c) => (c.type === 'DOUBLE' ? `round("${c.name}", 9) AS "${c.name}"` : `"${c.name}"`)).join(', ');
  const rows = await sql.rows<Record<string, unknown>>(`SELECT ${cols} FROM read_parquet('${join(dir, `${table}.parquet`)}')`);
  return rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))).sort();
}

/** `npm run ingest` (the CLI itself) over the given inputs into `out`. */
function cliIngest(inputs: readonly string[], out: string): void {
  const run = spawnSync('npx', ['tsx', 'src/cli/ingest.ts', ...inputs.flatMap((i) => ['--input', i]), '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  if (run.status !== 0) throw new Error(`ingest failed (${run.status}): ${run.stderr}\n${run.stdout}`);
}

describe('importing documents into the page (built app in headless Chromium)', () => {
  let browser: Browser;
  let sql: NodeConnection;
  let work: string;
  const dialogs: string[] = [];
  let exported: string;
  let flaggedA = '';

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'evallens-imports-'));
    browser = await launchBrowser(TALL);
    browser.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    sql = await NodeConnection.open();
  });
  afterAll(async () => {
    await browser?.close();
    sql?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('imports one fixture of each format, reviewed first: the records are those the CLI ingest writes', async () => {
    const { page } = browser;
    await openSettled(page);
    await importsSettled(page);
    expect(await kpi(page, 'projects')).toBe('51');
    await pickFiles(page, FORMS.map((f) => join(FORMATS, f)));
    const review = await listed(page);
    expect(Object.keys(review).sort()).toEqual([...FORMS].sort());
    for (const name of FORMS) expect(review[name]?.phase, name).toBe('ready');
    // Nothing joins before it is accepted.
    expect(await kpi(page, 'projects')).toBe('51');
    const pdf = page.locator('[data-testid="import-item"][data-name="form.pdf"]');
    expect(await pdf.locator('[data-testid="import-summary"]').innerText()).toMatch(/^1 自评表 · 0 目标表 · 9 指标 · 完好 1 · 警告 0 · 未解析行 4$/);
    await pdf.locator('.imp-expand').click();
    const form = pdf.locator('[data-testid="import-form"]');
    expect(await form.locator('td').allInnerTexts()).toEqual(['1', '自评表 农村饮水安全工程维修养护项目', '青禾县水利局', '青禾县', '2024', '300.00', '280.17', '93.39%', '97.34', '完好']);
    expect(await pdf.locator('[data-testid="import-unparsed"] tbody tr').count()).toBe(4);
    await screenshot(page, '14-import-review');

    await acceptAll(page);
    expect(Object.values(await listed(page)).map((r) => r.phase)).toEqual(FORMS.map(() => 'accepted'));
    await closeImportPanel(page);
    await page.waitForFunction(() => document.querySelector('[data-kpi="projects"] .kpi-value')?.textContent === '60');
    flaggedA = await kpi(page, 'flagged');
    await screenshot(page, '14-import-overview');

    // The page's tables (exported) against `npm run ingest` over the built-in documents and these nine: every table, the flags included.
    exported = join(work, 'export-a');
    await exportZip(page, exported);
    const cli = join(work, 'cli');
    cliIngest(['data/raw', ...FORMS.map((f) => join('tests/fixtures/formats', f))], cli);
    for (const table of TABLE_NAMES) expect(await rowsOf(sql, exported, table), table).toEqual(await rowsOf(sql, cli, table));
    const [pdfRow] = await sql.rows<{ executed: number; total_score: number; format: string }>(
      `SELECT e.executed, e.total_score, r.format FROM read_parquet('${join(exported, 'evaluations.parquet')}') e JOIN read_parquet('${join(exported, 'ingest_report.parquet')}') r USING (source_file) WHERE source_file = 'form.pdf'`,
    );
    expect(pdfRow).toEqual({ executed: 280.17, total_score: 97.34, format: 'pdf' });
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.errors).toEqual([]);
  }, 300_000);

  it('keeps them across a reload, listed in the datasets panel beside the built-in dataset', async () => {
    const { page } = browser;
    const before = await storeFingerprint(page);
    await page.reload();
    await page.waitForSelector('[data-active-view]');
    await importsSettled(page);
    await page.waitForFunction(() => document.querySelector('[data-kpi="projects"] .kpi-value')?.textContent === '60');
    await openImportPanel(page, 'datasets');
    const sources = await page.locator('[data-testid="dataset-source"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-kind')}:${e.getAttribute('data-name')}`));
    expect(sources.filter((s) => s.startsWith('imported:')).sort()).toEqual(FORMS.map((f) => `imported:${f}`).sort());
    expect(sources.filter((s) => s.startsWith('builtin:'))).toHaveLength(5);
    const txt = page.locator('[data-testid="dataset-source"][data-name="form.txt"]');
    expect(await txt.locator('code').getAttribute('title')).toMatch(/^[0-9a-f]{64}$/);
    expect(await shownFingerprint(page)).toBe(before.sha256);
    expect(before.sources).toBe(9);
    await screenshot(page, '14-import-datasets');
    await closeImportPanel(page);
  });

  it('does not import the same file twice; a changed version replaces the old one once confirmed', async () => {
    const { page } = browser;
    const before = await storeFingerprint(page);
    await pickFiles(page, [join(FORMATS, 'form.txt')]);
    const again = (await listed(page))['form.txt'];
    expect(again?.phase).toBe('duplicate');
    expect(again?.message).toMatch(/^已于 \d{4}-\d{2}-\d{2} 导入（“form\.txt”，SHA-256 相同），不重复导入。 \/ Already imported on/);
    expect(await storeFingerprint(page)).toEqual(before);
    await page.click('[data-testid="import-clear"]');

    // The same name, another 执行数: a changed version.
    const changed = join(work, 'v2');
    mkdirSync(changed);
    writeFileSync(join(changed, 'form.txt'), readFileSync(join(FORMATS, 'form.txt'), 'utf8').replaceAll('280.17', '270.17').replace('93.39%', '90.06%'));
    await pickFiles(page, [join(changed, 'form.txt')]);
    const item = page.locator('[data-testid="import-item"][data-name="form.txt"][data-phase="ready"]');
    expect(await item.locator('[data-testid="import-replaces"]').innerText()).toMatch(/^同名文件的新版本：接受后替换 \d{4}-\d{2}-\d{2} 导入的旧版本/);
    const executedBefore = await kpi(page, 'executed');
    await item.locator('[data-testid="import-accept"]').click();
    expect(await storeFingerprint(page)).toEqual(before); // not before the confirmation
    await item.locator('[data-testid="import-confirm-replace"]').click();
    await page.waitForSelector('[data-testid="import-item"][data-name="form.txt"][data-phase="accepted"]');
    await importsSettled(page);
    await closeImportPanel(page);
    await page.waitForFunction((old) => document.querySelector('[data-kpi="executed"] .kpi-value')?.textContent !== old, executedBefore);
    expect(await kpi(page, 'projects')).toBe('60');
    const toNumber = (s: string) => Number(s.replace(/,/g, ''));
    expect(toNumber(await kpi(page, 'executed'))).toBeCloseTo(toNumber(executedBefore) - 10, 2);
    const after = await storeFingerprint(page);
    expect(after.sources).toBe(9);
    expect(after.sha256).not.toBe(before.sha256);
  });

  it('removing a source takes its rows out and the counts back', async () => {
    const { page } = browser;
    await openImportPanel(page, 'datasets');
    const row = page.locator('[data-testid="dataset-source"][data-name="form.pdf"]');
    await row.locator('[data-testid="dataset-remove"]').click();
    await row.locator('[data-testid="dataset-remove-confirm"]').click();
    await page.waitForSelector('[data-testid="dataset-source"][data-name="form.pdf"]', { state: 'detached' });
    await importsSettled(page);
    expect((await storeFingerprint(page)).sources).toBe(8);
    await closeImportPanel(page);
    await page.waitForFunction(() => document.querySelector('[data-kpi="projects"] .kpi-value')?.textContent === '59');
    // Its records are gone from every table (Records view: the search finds eight forms of the fixture's project, none from form.pdf).
    await page.goto(`${page.url().split('#')[0]}#view=records&q=${encodeURIComponent('农村饮水安全')}`);
    await page.waitForSelector('[data-testid="records-evaluations"][data-ready="true"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="records-evaluations"] [data-testid="row-count"]')?.textContent === '8 行');
  });

  it('asks for the year and region a document does not state, and remembers them for its next version', async () => {
    const { page } = browser;
    await page.goto(page.url().split('#')[0]!);
    await importsSettled(page);
    const dir = join(work, 'context');
    mkdirSync(dir);
    const text = readFileSync(join(FORMATS, 'form.txt'), 'utf8').replaceAll('青禾县水利局2024年度', '水利局').replaceAll('（2024年度）', '').replaceAll('青禾县', '').replaceAll('农村饮水安全工程维修养护项目', '山塘整治项目');
    writeFileSync(join(dir, 'nocontext.txt'), text);
    await pickFiles(page, [join(dir, 'nocontext.txt')]);
    const item = page.locator('[data-testid="import-item"][data-name="nocontext.txt"]');
    expect(await item.locator('[data-testid="import-summary"]').innerText()).toContain('地区/年度?');
    await item.locator('.imp-expand').click();
    const form = item.locator('[data-testid="import-context"]');
    await form.locator('input[name="context-year"]').fill('2023');
    await form.locator('input[name="context-region"]').fill('青禾县');
    await screenshot(page, '14-import-context');
    await form.locator('[data-testid="import-context-apply"]').click();
    await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll('[data-testid="import-item"][data-name="nocontext.txt"][data-phase="ready"] [data-testid="import-form"] td')].map((td) => td.textContent);
      return cells[3] === '青禾县' && cells[4] === '2023';
    });
    await page.locator('[data-testid="import-item"][data-name="nocontext.txt"] [data-testid="import-discard"]').click();
    await page.click('[data-testid="import-clear"]');

    // A later version of the same file: the year and region given before apply at once.
    writeFileSync(join(dir, 'nocontext.txt'), text.replaceAll('280.17', '281.17'));
    await pickFiles(page, [join(dir, 'nocontext.txt')]);
    const next = page.locator('[data-testid="import-item"][data-name="nocontext.txt"][data-phase="ready"]');
    await next.locator('.imp-expand').click();
    expect(await next.locator('[data-testid="import-context"] p').innerText()).toMatch(/^已按此前为同名文件填写的信息补充/);
    const cells = await next.locator('[data-testid="import-form"] td').allInnerTexts();
    expect([cells[3], cells[4]]).toEqual(['青禾县', '2023']);
    await next.locator('[data-testid="import-discard"]').click();
    await page.click('[data-testid="import-clear"]');
    await closeImportPanel(page);
  });

  it('shows a project named like markup as text everywhere: review, records, charts, exports', async () => {
    const { page } = browser;
    const dir = join(work, 'xss');
    mkdirSync(dir);
    writeFileSync(join(dir, 'xss.txt'), readFileSync(join(FORMATS, 'form.txt'), 'utf8').replaceAll('农村饮水安全工程维修养护项目', XSS).replaceAll('280.17', '28.17').replace('93.39%', '9.39%'));
    await pickFiles(page, [join(dir, 'xss.txt')]);
    const item = page.locator('[data-testid="import-item"][data-name="xss.txt"]');
    await item.locator('.imp-expand').click();
    expect((await item.locator('[data-testid="import-form"] td').allInnerTexts())[1]).toBe(`自评表 ${XSS}`);
    await acceptAll(page);
    await closeImportPanel(page);

    await page.goto(`${page.url().split('#')[0]}#view=records&q=onerror`);
    await page.waitForFunction(() => document.querySelector('[data-testid="records-evaluations"] [data-testid="row-count"]')?.textContent === '1 行');
    // The row is counted before its cells are drawn: wait for them.
    await page.waitForFunction((text) => document.querySelector('[data-testid="records-evaluations"] .dt-body')?.textContent?.includes(text), XSS);
    expect(await page.locator('[data-testid="records-evaluations"] .dt-body').innerText()).toContain(XSS);
    await openSettled(page, 'view=execution&q=onerror');
    const chart = page.locator('.chart').first();
    const box = (await chart.locator('canvas').first().boundingBox())!;
    for (let x = 0.2; x < 0.9; x += 0.1) await page.mouse.move(box.x + box.width * x, box.y + box.height * 0.5);
    const [svg] = await Promise.all([page.waitForEvent('download'), chart.locator('button', { hasText: 'SVG' }).click()]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    // The axis label is the name shortened, escaped as SVG text.
    expect(svgText).toContain('&lt;img src=x onerror=alert(');
    expect(svgText).not.toContain('<img');
    await screenshot(page, '14-import-xss');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  it('takes files dropped anywhere on the page, and a folder picked with a sidecar beside its document', async () => {
    const { page } = browser;
    await page.goto(page.url().split('#')[0]!);
    await importsSettled(page);
    await closeImportPanel(page);
    const dropped = readFileSync(join(FORMATS, 'form.txt'), 'utf8').replaceAll('农村饮水安全工程维修养护项目', '拖放的项目');
    // A drop of one file on the page (panel closed): the panel opens on the review.
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, dropped);
    await page.waitForSelector('[data-testid="import-item"][data-name="dropped.txt"][data-phase="ready"]', { timeout: 60_000 });

    // A folder: its document states no year or region; its sidecar gives them, as for the CLI.
    const folder = join(work, 'batch');
    mkdirSync(folder);
    const text = readFileSync(join(FORMATS, 'form.txt'), 'utf8').replaceAll('青禾县水利局2024年度', '水利局').replaceAll('（2024年度）', '').replaceAll('青禾县', '').replaceAll('农村饮水安全工程维修养护项目', '文件夹中的项目');
    writeFileSync(join(folder, 'folder-form.txt'), text);
    writeFileSync(join(folder, 'folder-form.meta.json'), JSON.stringify({ year: 2022, region: '青禾县' }));
    await page.setInputFiles('[data-testid="import-folder"]', folder);
    const item = page.locator('[data-testid="import-item"][data-name="folder-form.txt"][data-phase="ready"]');
    await item.waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="import-item"][data-name="folder-form.meta.json"]').count()).toBe(0);
    await item.locator('.imp-expand').click();
    const cells = await item.locator('[data-testid="import-form"] td').allInnerTexts();
    expect([cells[1], cells[3], cells[4]]).toEqual(['自评表 文件夹中的项目', '青禾县', '2022']);
    await page.click('[data-testid="import-discard-all"]');
    await page.click('[data-testid="import-clear"]');
    await closeImportPanel(page);
  });

  describe('another reviewer imports the export in a fresh browser profile', () => {
    it('gets the same counts and flags', async () => {
      const other = await launchBrowser(TALL);
      try {
        const { page } = other;
        await openSettled(page);
        await importsSettled(page);
        await pickFiles(page, [join(exported, readdirSync(exported).find((f) => f.endsWith('.zip'))!)], 1);
        const review = await listed(page);
        // The five built-in sources are the same files (same SHA-256): not imported twice; the nine imported ones are new here.
        expect(Object.values(review).filter((r) => r.phase === 'duplicate')).toHaveLength(5);
        expect(Object.entries(review).filter(([, r]) => r.phase === 'ready').map(([n]) => n).sort()).toEqual([...FORMS].sort());
        await screenshot(page, '14-import-dataset-zip');
        await acceptAll(page);
        await closeImportPanel(page);
        await page.waitForFunction(() => document.querySelector('[data-kpi="projects"] .kpi-value')?.textContent === '60');
        const again = join(work, 'export-b');
        await exportZip(page, again);
        for (const table of TABLE_NAMES) expect(await rowsOf(sql, again, table), table).toEqual(await rowsOf(sql, exported, table));
        expect(await kpi(page, 'flagged')).toBe(flaggedA);

        // The same tables as a folder of Parquet files (dataset.json beside them): read, and every source already here.
        const folder = join(work, 'parquet-folder');
        mkdirSync(folder);
        for (const name of readdirSync(exported).filter((f) => f.endsWith('.parquet') || f === 'dataset.json')) writeFileSync(join(folder, name), readFileSync(join(exported, name)));
        await openImportPanel(page);
        await page.click('[data-testid="import-clear"]');
        await page.setInputFiles('[data-testid="import-folder"]', folder);
        await page.waitForSelector('[data-testid="import-item"][data-name="parquet-folder"][data-phase="unpacked"]', { timeout: 60_000 });
        await page.waitForFunction(() => document.querySelectorAll('[data-testid="import-item"][data-phase="duplicate"]').length === 14);
        expect(await page.locator('[data-testid="import-item"][data-name="parquet-folder"] [data-testid="import-message"]').innerText()).toMatch(/^14 个来源文件 \/ 14 source files/);
        expect(other.errors).toEqual([]);
      } finally {
        await other.close();
      }
    });
  });

});
