/**
 * Bad input dropped on the page (built app in headless Chromium): each file gets a message
 * saying what is wrong and what to do, the good file dropped with them still imports, and what
 * was stored before is untouched (the store's fingerprint, computed outside the app, is the same
 * before and after the bad files were read).
 */
import { createRequire } from 'node:module';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { Table as ParquetTable, WriterPropertiesBuilder, initSync, writeParquet } from 'parquet-wasm/esm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_VERSION } from '../../src/contract/tables';
import { contractIpc } from '../../src/imports/contractArrow';
import { NodeConnection } from '../../src/db/nodeConnection';
import { compoundFile } from '../read/support/compoundFile';
import { launchBrowser, openSettled, screenshot, type Browser } from './support/browser';
import { acceptAll, closeImportPanel, importsSettled, kpi, listed, openImportPanel, pickFiles, shownFingerprint, storeFingerprint } from './support/imports';

const require = createRequire(import.meta.url);
const FORMATS = resolve(import.meta.dirname, '../fixtures/formats');

/** Each bad file's name and the start of the message it must get (Chinese, then the English after ' / '). */
const EXPECTED: Record<string, RegExp> = {
  'photo.png': /^这是图片（PNG），不含可读取的文字；请提供 Word\/Excel 原件或带文字层的 PDF。 \/ This is an image/,
  'tool.exe': /^无法识别的文件格式（.+）；支持网页（\.html）、Word（\.docx）、Excel（\.xlsx\/\.xls\/\.csv）、PDF 和文本文件。 \/ Unrecognized file format/,
  'locked.xlsx': /^文件有密码保护（已加密），无法读取；请在 Office\/WPS 中取消密码后另存，再读取。 \/ The file is password-protected/,
  'broken.docx': /文件已损坏，无法读取（.+）；请重新下载或用 Office\/WPS 打开后另存一份。 \/ The .+ file is damaged/,
  'broken.xlsx': /文件已损坏，无法读取（.+）；请重新下载或用 Office\/WPS 打开后另存一份。 \/ The .+ file is damaged/,
  'empty.txt': /^文件为空（0 字节），请检查文件是否下载完整。 \/ The file is empty/,
  'notes.txt': /^未找到绩效自评表、绩效目标表或项目清单；请确认文件是项目支出绩效自评表或绩效目标表/,
  'scanned.pdf': /^PDF 是扫描件（没有文字层），无法读取文字；请提供带文字层的 PDF 或 Word\/Excel 原件。/,
  'huge.pdf': /^文件过大（200 MB），超过 100 MB 的上限；请拆分后再读取。 \/ The file is too large \(200 MB, the limit is 100 MB\)/,
  'sales.parquet': /^“sales\.parquet”不是绩效透视数据契约中的表（它的列：customer, amount）.* \/ "sales\.parquet" is no table of the EvalLens data contract/,
  'old-dataset.zip': new RegExp(`^数据集的数据契约版本为 2，本页读取版本 ${CONTRACT_VERSION}；.* / The dataset is data contract version 2; this page reads version ${CONTRACT_VERSION}\\.`),
  'later-dataset.zip': new RegExp(`^“ingest_report\\.parquet”的数据契约版本为 ${CONTRACT_VERSION + 1}，本页读取版本 ${CONTRACT_VERSION}；请用绩效透视（数据契约版本 ${CONTRACT_VERSION}）重新导出后再导入。`),
};

/** Writes every bad file into `dir` (returns their paths). */
async function badFiles(dir: string): Promise<string[]> {
  const at = (name: string) => join(dir, name);
  writeFileSync(at('photo.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]));
  writeFileSync(at('tool.exe'), Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 251));
  writeFileSync(at('locked.xlsx'), compoundFile(['EncryptionInfo', 'EncryptedPackage']));
  for (const name of ['docx', 'xlsx']) {
    const whole = readFileSync(join(FORMATS, `form.${name}`));
    writeFileSync(at(`broken.${name}`), whole.subarray(0, Math.floor(whole.length / 2)));
  }
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('notes.txt'), '会议纪要\n今天讨论了预算。\n');
  copyFileSync(join(FORMATS, 'scanned.pdf'), at('scanned.pdf'));
  // 200 MB, sparse on disk: refused by its size before a byte of it is read.
  writeFileSync(at('huge.pdf'), '%PDF-1.7\n');
  truncateSync(at('huge.pdf'), 200 * 1024 * 1024);
  const native = await NodeConnection.open();
  await native.run(`COPY (SELECT 'x' AS customer, 1 AS amount) TO '${at('sales.parquet')}' (FORMAT parquet)`);
  native.close();
  // A dataset whose manifest states contract version 2; one whose file's metadata states the next version (as a later EvalLens would write it).
  const report = writeParquet(ParquetTable.fromIPCStream(contractIpc('ingest_report', [])));
  writeFileSync(at('old-dataset.zip'), zipSync({ 'dataset.json': strToU8(JSON.stringify({ contract: 2, tables: {} })), 'ingest_report.parquet': report }));
  const props = new WriterPropertiesBuilder().setKeyValueMetadata(new Map([['evallens:contract', String(CONTRACT_VERSION + 1)]])).build();
  writeFileSync(at('later-dataset.zip'), zipSync({ 'ingest_report.parquet': writeParquet(ParquetTable.fromIPCStream(contractIpc('ingest_report', [])), props) }));
  return Object.keys(EXPECTED).map(at);
}

describe('bad input dropped on the page: a message for each, the rest imported, the store untouched', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    initSync({ module: readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')) });
    dir = mkdtempSync(join(tmpdir(), 'evallens-bad-'));
    browser = await launchBrowser({ width: 1440, height: 1600 });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says what is wrong with each bad file and what to do; the good file beside them imports; the stored data is unchanged', async () => {
    const { page } = browser;
    await openSettled(page);
    await importsSettled(page);
    // Something stored first, to prove the bad files do not touch it.
    await pickFiles(page, [join(FORMATS, 'form.txt')]);
    await acceptAll(page);
    const before = await storeFingerprint(page);
    expect(before.sources).toBe(1);
    await closeImportPanel(page);
    await page.waitForFunction(() => document.querySelector('[data-kpi="projects"] .kpi-value')?.textContent === '52');

    const bad = await badFiles(dir);
    await pickFiles(page, [...bad, join(FORMATS, 'form.html')], bad.length + 1);
    const review = await listed(page);
    for (const [name, message] of Object.entries(EXPECTED)) {
      expect(review[name]?.phase, name).toBe('failed');
      expect(review[name]?.message, name).toMatch(message);
    }
    expect(review['form.html']?.phase).toBe('ready');
    await screenshot(page, '14-import-errors');
    // Reading them changed nothing stored.
    expect(await storeFingerprint(page)).toEqual(before);
    expect(await shownFingerprint(page)).toBe(before.sha256);

    // The good one imports; the failed ones are not taken.
    await openImportPanel(page);
    await acceptAll(page);
    expect((await listed(page))['form.html']?.phase).toBe('accepted');
    const after = await storeFingerprint(page);
    expect(after.sources).toBe(2);
    await closeImportPanel(page);
    await page.waitForFunction(() => document.querySelector('[data-kpi="projects"] .kpi-value')?.textContent === '53');
    expect(await kpi(page, 'projects')).toBe('53');
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
