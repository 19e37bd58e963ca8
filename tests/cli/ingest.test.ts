import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../src/contract/tables';
import { NodeConnection } from '../../src/db/nodeConnection';
import { encodeGbk } from '../ingest/gbk';

/** Runs `npm run ingest`'s script (tsx src/cli/ingest.ts) as a subprocess. */
function ingest(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let db: NodeConnection;
const raw = (file: string) => join('data/raw', file);
const parquet = (out: string, table: string) => `'${join(out, `${table}.parquet`)}'`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'evallens-cli-'));
  db = await NodeConnection.open();
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run ingest (src/cli/ingest.ts)', () => {
  it('reads good, GBK, broken and foreign files: a line per file, a summary, exit 1 because files failed', async () => {
    const input = join(dir, 'mixed');
    mkdirSync(input);
    copyFileSync(raw('002_ddff5fd3e69ced26.txt'), join(input, '002_ddff5fd3e69ced26.txt'));
    writeFileSync(join(input, '004_gbk.txt'), encodeGbk(readFileSync(raw('004_77a491ca9b0fee99.txt'), 'utf8')));
    writeFileSync(join(input, '004_gbk.meta.json'), '{"region": "湘西自治州"}');
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'junk.txt'), Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 251));
    writeFileSync(join(input, 'notes.md'), '# not a document');
    writeFileSync(join(input, 'orphan.meta.json'), '{"year": 2020}');
    const out = join(dir, 'mixed-out');

    const r = ingest('--input', input, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('skipped notes.md: not a document this tool reads');
    expect(r.stdout).toContain('skipped orphan.meta.json: sidecar without its document orphan.*');
    expect(r.stdout).toMatch(/^002_ddff5fd3e69ced26\.txt {2}ok {2}cell-per-line {2}forms 12 {2}target tables 0 {2}indicators \d+ {2}unparsed 0 {2}warnings \d+ {2}\d+ ms$/m);
    expect(r.stdout).toMatch(/^004_gbk\.txt {2}ok {2}cell-per-line {2}forms 11 /m);
    expect(r.stdout).toContain('empty.txt  FAILED  empty.txt: 文件为空（0 字节）');
    expect(r.stdout).toMatch(/junk\.txt {2}FAILED {2}junk\.txt: 无法识别的文件格式/);
    expect(r.stdout).toMatch(/^total +2\/4 read +23 +0 /m);
    expect(r.stderr).toContain('ingest: 2 of 4 files failed');

    expect(readdirSync(out).sort()).toEqual([...TABLE_NAMES.map((t) => `${t}.parquet`), 'dataset.json', 'snapshots'].sort());
    const report = await db.rows<{ source_file: string; status: string; message: string }>(
      `SELECT source_file, status, message FROM read_parquet(${parquet(out, 'ingest_report')}) ORDER BY source_file`,
    );
    expect(report.map((x) => [x.source_file, x.status])).toEqual([
      ['002_ddff5fd3e69ced26.txt', 'ok'], ['004_gbk.txt', 'ok'], ['empty.txt', 'failed'], ['junk.txt', 'failed'],
    ]);
    expect(report[1]?.message).toContain('decoded as GB18030');
    const [meeting] = await db.rows<Record<string, unknown>>(
      `SELECT source_file, region, budget_initial, budget_full_year, warnings FROM read_parquet(${parquet(out, 'evaluations')}) WHERE project = '会议经费'`,
    );
    expect(meeting).toEqual({ source_file: '004_gbk.txt', region: '湘西自治州', budget_initial: null, budget_full_year: 102.46, warnings: ['budget_cell_missing'] });
  }, 60_000);

  it("reads WPS Office's own file names (.wps, .et) by their content, as Word and Excel files", () => {
    // WPS, the office suite of most government desks, saves Word 97–2003 and Excel 97–2003 compound files under these names.
    const input = join(dir, 'wps');
    mkdirSync(input);
    copyFileSync('tests/fixtures/formats/form.doc', join(input, '自评表.wps'));
    copyFileSync('tests/fixtures/formats/form.xls', join(input, '自评表.et'));
    const r = ingest('--input', input, '--out', join(dir, 'wps-out'));
    expect(r.status).toBe(0);
    // (The fixture's web-page lines around the form are reported unread: partial.)
    expect(r.stdout).toMatch(/^自评表\.wps {2}partial {2}word-tables {2}forms 1 {2}target tables 0 {2}indicators 9 /m);
    expect(r.stdout).toMatch(/^自评表\.et {2}partial {2}sheets {2}forms 1 {2}target tables 0 {2}indicators 9 /m);
  }, 60_000);

  it('takes a single file and exits 0 when every file was read', async () => {
    const out = join(dir, 'single-out');
    const r = ingest('--input', raw('001_099530ba672a4441.txt'), '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^001_099530ba672a4441\.txt {2}partial {2}cell-per-line {2}forms 0 {2}target tables 10 /m);
    const [n] = await db.rows<{ n: number }>(`SELECT count(*) AS n FROM read_parquet(${parquet(out, 'target_indicators')})`);
    expect(Number(n?.n)).toBe(94); // 001's ten target tables hold 94 indicators
  }, 60_000);

  it('replaces nothing when every file fails (exit 2), and leaves no temporary files', () => {
    const input = join(dir, 'bad');
    mkdirSync(input);
    writeFileSync(join(input, 'empty.txt'), '');
    const out = join(dir, 'single-out'); // holds the tables of the previous run
    const before = statSync(join(out, 'evaluations.parquet')).mtimeMs;
    const r = ingest('--input', input, '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`ingest: every file failed; nothing written to ${out}`);
    expect(statSync(join(out, 'evaluations.parquet')).mtimeMs).toBe(before);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  }, 60_000);

  it('says so when the input does not exist or holds no document', () => {
    const missing = ingest('--input', join(dir, 'nowhere'), '--out', join(dir, 'x'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`ingest: cannot read input ${join(dir, 'nowhere')}`);
    const emptyDir = join(dir, 'nothing');
    mkdirSync(emptyDir);
    const none = ingest('--input', emptyDir, '--out', join(dir, 'x'));
    expect(none.status).toBe(2);
    expect(none.stderr).toContain(`ingest: no documents (.txt .htm .html .mht .mhtml .docx .doc .wps .xml .xlsx .xls .et .csv .pdf) in ${emptyDir}`);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  }, 60_000);
});
