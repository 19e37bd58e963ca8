import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { read, utils } from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { TABLE_NAMES } from '../../src/contract/tables';
import { describe, expect, it } from 'vitest';
import { PARQUET_DIR } from '../query/contractDb';
import { paragraphs, tables, zipEntries } from '../report/zipEntries';
import { openSettled } from './support/browser';
import { tableReady } from './support/dataTable';
import { appSession } from './support/session';

const HASH = `view=findings&year=2024&region=${encodeURIComponent('淮南市')}`;
const RAW_DIR = resolve(import.meta.dirname, '../../data/raw');
const TRAVEL_LOW = 'exec.low:000_82397be2bbd94de5.txt#10';

/** Clicks a button that downloads a file; the file's bytes and how long it took from the click. */
async function download(page: Page, testId: string): Promise<{ bytes: Buffer; name: string; seconds: number }> {
  const started = Date.now();
  const failed = page
    .waitForSelector('[data-testid="report-buttons"][data-state="failed"]', { timeout: 120_000 })
    .then(async (el) => Promise.reject(new Error(await el.innerText())));
  const [file] = await Promise.all([Promise.race([page.waitForEvent('download', { timeout: 120_000 }), failed]), page.click(`[data-testid="${testId}"]`)]);
  failed.catch(() => undefined);
  const bytes = readFileSync((await file.path())!);
  return { bytes, name: file.suggestedFilename(), seconds: (Date.now() - started) / 1000 };
}

/** The written files are kept in tests/.artifacts/report/ to open or render. */
const ARTIFACTS = resolve(import.meta.dirname, '../.artifacts/report');
function keep(name: string, bytes: Buffer): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(resolve(ARTIFACTS, name), bytes);
}

const sha256sum = (path: string) => execFileSync('sha256sum', [path], { encoding: 'utf8' }).split(' ')[0];

describe('review report and working paper (built app in headless Chromium)', () => {
  const session = appSession();

  it('writes the review report for 2024 + 淮南市: headings, the low-execution table with the note, an image per chart', async () => {
    const { page } = session.browser;
    await openSettled(page, HASH);
    await tableReady(page, 'findings-table');
    await page.locator(`[data-testid="findings-table"] [data-testid="review-open"][data-subject="${TRAVEL_LOW}"]`).click();
    const editor = page.locator('[data-testid="review-editor"]');
    await editor.locator('input[name="review-status"][value="confirmed"]').check();
    await editor.locator('textarea[name="review-note"]').fill('已调阅支付凭证 <i>核实</i>');
    await editor.locator('[data-testid="review-save"]').click();
    await editor.waitFor({ state: 'detached' });

    const docx = await download(page, 'report-docx');
    console.log(`review report (2024 + 淮南市): ${docx.bytes.length} bytes in ${docx.seconds.toFixed(1)} s`);
    expect(docx.name).toMatch(/^evallens-review-report-\d{4}-\d\d-\d\d\.docx$/);
    keep('review-report-2024-huainan.docx', docx.bytes);
    const files = zipEntries(docx.bytes);
    const xml = files.get('word/document.xml')!.toString('utf8');
    const all = paragraphs(xml);
    for (const heading of ['项目支出绩效自评抽查复核报告', '一、复核范围', '二、复核方法', '三、总体情况', '四、发现的主要问题', '五、复核意见', '附件：所引表格的原文']) {
      expect(all).toContain(heading);
    }
    const lowTable = tables(xml).find((t) => t[0]?.[4] === '执行率' && t.some((r) => r[1] === '市本级因公出国(境)经费'))!;
    const row = lowTable.find((r) => r[1] === '市本级因公出国(境)经费')!;
    // 43.31 ÷ 140.00 = 30.94 % (the rate everywhere since issue 10; the form prints 30.934 %).
    expect(row.slice(1, 6)).toEqual(['市本级因公出国(境)经费', '140.00', '43.31', '30.94%', '93.09']);
    expect(row.slice(7)).toEqual(['已确认', '已调阅支付凭证 <i>核实</i>']);
    expect(xml).not.toContain('<i>');
    // Four charts, four PNG files drawn by the app's export, each one a drawing in the text.
    const media = [...files.keys()].filter((p) => p.startsWith('word/media/'));
    expect(media).toHaveLength(4);
    for (const path of media) expect(files.get(path)!.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(xml.match(/<w:drawing>/g)).toHaveLength(4);
    expect(await page.locator('[data-testid="report-buttons"]').getAttribute('data-state')).toBe('done');
    expect(session.browser.errors).toEqual([]);
  });

  it('writes the working paper: a sheet per rule, settings, the SQL of every figure, and hashes that match sha256sum', async () => {
    const { page } = session.browser;
    const xlsx = await download(page, 'report-xlsx');
    console.log(`working paper (2024 + 淮南市): ${xlsx.bytes.length} bytes in ${xlsx.seconds.toFixed(1)} s`);
    keep('working-paper-2024-huainan.xlsx', xlsx.bytes);
    const book = read(xlsx.bytes, { type: 'buffer' });
    expect(book.SheetNames[0]).toBe('筛选与阈值');
    expect(book.SheetNames).toEqual(expect.arrayContaining(['exec.low', 'inflation.low_exec_high_score', 'plan.target_loosened', 'SQL', '文件哈希', '复核意见']));
    expect(book.SheetNames).toHaveLength(32 + 4);

    const low = utils.sheet_to_json<Record<string, unknown>>(book.Sheets['exec.low']!);
    expect(low).toHaveLength(7);
    const travel = low.find((r) => r.flag_id === TRAVEL_LOW)!;
    // The evidence rounds the rate to 10 decimals: 43.31 ÷ 140.00.
    expect(travel['evidence.execution_rate']).toBeCloseTo(43.31 / 140, 9);
    expect(travel).toMatchObject({ 'evidence.executed': 43.31, 'evidence.budget_full_year': 140, '复核状态 status': '已确认', '复核备注 note': '已调阅支付凭证 <i>核实</i>' });
    // Texts are text cells, never formulas.
    expect(Object.values(book.Sheets['exec.low']!).some((c) => typeof c === 'object' && c !== null && 'f' in c)).toBe(false);

    const sql = utils.sheet_to_json<Record<string, string>>(book.Sheets.SQL!);
    expect(sql.map((r) => r['编号 id'])).toEqual(expect.arrayContaining(['scope.totals', 'results.grades', 'results.score_vs_formula', 'findings.low_execution', 'appendix.cited_forms']));
    // The target tables' filter, then the forms': the parameters in the order of the ? marks.
    expect(sql.find((r) => r['编号 id'] === 'scope.totals')!['参数 parameters (JSON, in order of the ? marks)']).toBe('[2024,"淮南市",2024,"淮南市"]');
    expect(sql.find((r) => r['编号 id'] === 'scope.totals')!['参数已代入 SQL with the parameters in (runs as it is in the SQL view)']).toContain("t.year IN (2024) AND t.region IN ('淮南市')");
    // Another auditor reruns a figure: the low-execution table's SQL, pasted into the SQL view after a reload.
    const lowSql = sql.find((r) => r['编号 id'] === 'findings.low_execution')!['参数已代入 SQL with the parameters in (runs as it is in the SQL view)']!;
    await openSettled(page, 'view=sql');
    await tableReady(page, 'sql-result');
    await page.fill('[data-testid="sql-input"]', lowSql);
    await page.click('[data-testid="sql-run"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="sql-result"] [data-testid="row-count"]')?.textContent === '7 行');
    await tableReady(page, 'sql-result');
    const first = await page.locator('[data-testid="sql-result"] .dt-body [role="row"]').first().innerText();
    for (const text of [TRAVEL_LOW, '市本级因公出国(境)经费', 'confirmed', '已调阅支付凭证 <i>核实</i>', '0.309357', '93.09']) expect(first).toContain(text);

    const hashes = utils.sheet_to_json<Record<string, unknown>>(book.Sheets['文件哈希']!);
    const files = hashes.filter((r) => r['类型 kind'] === 'parquet' || r['类型 kind'] === 'source');
    // The manifest, one file per contract table (the files layout) and the first view's two snapshots.
    expect(files.filter((r) => r['类型 kind'] === 'parquet')).toHaveLength(1 + TABLE_NAMES.length + 2);
    expect(files.filter((r) => r['类型 kind'] === 'source')).toHaveLength(5);
    for (const r of files) {
      const dir = r['类型 kind'] === 'parquet' ? PARQUET_DIR : RAW_DIR;
      expect(r['SHA-256'], String(r['文件 file'])).toBe(sha256sum(resolve(dir, String(r['文件 file']))));
      if (r['类型 kind'] === 'source') expect(r['一致 matches']).toBe('是');
    }
    expect(hashes.some((r) => r['类型 kind'] === '导出时间 exported at' && /^\d{4}-\d\d-\d\dT/.test(String(r['文件 file'])))).toBe(true);
    expect(session.browser.errors).toEqual([]);
  });

  it('writes the report for the whole corpus (five documents, 51 projects)', async () => {
    const { page } = session.browser;
    await openSettled(page, 'view=findings');
    await tableReady(page, 'findings-table');
    const docx = await download(page, 'report-docx');
    console.log(`review report (corpus): ${docx.bytes.length} bytes in ${docx.seconds.toFixed(1)} s`);
    keep('review-report-corpus.docx', docx.bytes);
    const xml = zipEntries(docx.bytes).get('word/document.xml')!.toString('utf8');
    const documents = tables(xml)[0]!;
    expect(documents.slice(1).map((r) => r[0])).toEqual(readdirSync(RAW_DIR).filter((f) => f.endsWith('.txt')).sort());
    expect(paragraphs(xml).some((p) => p.includes('共 51 个项目'))).toBe(true);
    // The one indicator of the corpus that missed its target and still scored full marks.
    expect(paragraphs(xml)).toContain('（三）未达目标仍得满分');
    const unmet = tables(xml).find((t) => t[0]?.[3] === '年度指标值')!;
    expect(unmet).toHaveLength(2);
    const xlsx = await download(page, 'report-xlsx');
    console.log(`working paper (corpus): ${xlsx.bytes.length} bytes in ${xlsx.seconds.toFixed(1)} s`);
    const book = read(xlsx.bytes, { type: 'buffer' });
    const all = book.SheetNames.filter((n) => n.includes('.')).reduce((sum, n) => sum + utils.sheet_to_json<Record<string, unknown>>(book.Sheets[n]!).length, 0);
    expect(all).toBe(268);
    // The settings sheet gives each rule's count (SQL's), zero for a rule whose sheet is empty.
    const rules = utils.sheet_to_json<Record<string, unknown>>(book.Sheets['筛选与阈值']!).filter((r) => r['类别 kind'] === '规则');
    expect(rules).toHaveLength(32);
    expect(rules.reduce((sum, r) => sum + Number(r['线索数 findings']), 0)).toBe(268);
    expect(rules.find((r) => r['项目 item'] === 'exec.low')!['线索数 findings']).toBe(18);
    expect(session.browser.errors).toEqual([]);
  });
});

