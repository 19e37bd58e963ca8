import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingestDocument';
import { DEVSET_DIR, FIELDS, devsetFiles } from './devset';

/** A whole page converted to traditional characters, as 繁體 versions of government sites and mirrors serve it. */
const toTraditional = Converter({ from: 'cn', to: 'hk' });

/** Web-page chrome a saved page carries above the form (invented values). */
const CHROME = '索引号：000000000000000000/2025-00001\n发布机构：某县财政局\n来源：某县财政局  发布日期：2025-03-18  点击率：1024\n【字体：大 中 小】 打印本页 关闭窗口\n';

/** The header fields of every form a text reads as, by kind, in order. */
async function headerFields(text: string, file: string): Promise<unknown[]> {
  const doc = await ingestDocument(new TextEncoder().encode(text), file);
  const rows = [
    ...(doc.rows.evaluations as Record<string, unknown>[]).map((row) => ({ kind: 'self_evaluation' as const, row })),
    ...(doc.rows.target_tables as Record<string, unknown>[]).map((row) => ({ kind: 'target_table' as const, row })),
  ];
  return rows.map(({ kind, row }) => Object.fromEntries(FIELDS[kind].map((field) => [field, row[kind === 'target_table' && field === 'budget_full_year' ? 'budget_total' : field] ?? null])));
}

/** The same fields with their text converted as the page was (names stay as printed: traditional). */
const converted = (forms: unknown[]): unknown[] =>
  forms.map((form) => Object.fromEntries(Object.entries(form as Record<string, unknown>).map(([field, value]) => [field, typeof value === 'string' ? toTraditional(value) : value])));

// Fixtures that each lost header fields in traditional characters for a different reason: 本级 kept (a-01), a run-together
// 总分 (a-04), a title's year (a-15), a 下达 notice's year (c-17), 萬 amounts (e-10), a title as the project name
// (b-07, e-07), agencies named one after the other (c-09), a target list (f-06), an indicator flow's levels (a-04).
const TRADITIONAL = ['a-01-sichuan-2023.txt', 'a-04-sichuan-2022.txt', 'a-15-hubei-2021.txt', 'b-07-hainan-unknown.txt', 'c-09-anhui-2024.txt', 'c-17-chongqing-2022.txt', 'e-07-chongqing-2024.txt', 'e-10-sichuan-2021.txt', 'f-06-sichuan-2024.txt'];

describe('a document in traditional characters', () => {
  const expectations = new Map(devsetFiles().map(({ file, expected }) => [file, expected]));

  it.each(TRADITIONAL)('%s reads the header fields its simplified original does', async (file) => {
    const text = readFileSync(new URL(file, DEVSET_DIR), 'utf8');
    const simplified = await headerFields(text, file);
    expect(simplified.length).toBe(expectations.get(file)!.forms.length);
    expect(await headerFields(toTraditional(text), file)).toEqual(converted(simplified));
  });

  it('reads every text fixture of the development set as its simplified original (all tables)', async () => {
    const toSimplified = (await import('opencc-js/t2cn')).Converter({ from: 'hk', to: 'cn' });
    const differing: string[] = [];
    for (const { file } of devsetFiles()) {
      if (!file.endsWith('.txt')) continue;
      const text = readFileSync(new URL(file, DEVSET_DIR), 'utf8');
      const [original, traditional] = await Promise.all([ingestDocument(new TextEncoder().encode(text), file), ingestDocument(new TextEncoder().encode(toTraditional(text)), file)]);
      for (const [table, rows] of Object.entries(original.rows)) {
        // Compared in simplified characters: canonical values (产出指标, 万元) are simplified in both; the hash differs.
        const plain = (each: unknown): string => toSimplified(JSON.stringify({ ...(each as object), sha256: undefined }));
        const read = (traditional.rows as unknown as Record<string, unknown[]>)[table]!;
        if (JSON.stringify((rows as unknown[]).map(plain)) !== JSON.stringify(read.map(plain))) differing.push(`${file} ${table}`);
      }
    }
    expect(differing).toEqual([]);
  }, 60_000);
});

describe('a document with only a few traditional characters', () => {
  it('finds its traditional labels in text run together (too few to convert the whole document)', async () => {
    // a-04 is one line of flattened text: its labels are found by cutting the line where they stand.
    const file = 'a-04-sichuan-2022.txt';
    const text = readFileSync(new URL(file, DEVSET_DIR), 'utf8');
    const mixed = text.replace(/项目名称/g, '項目名稱').replace(/主管部门/g, '主管部門');
    expect(mixed).not.toBe(text);
    expect(await headerFields(mixed, file)).toEqual(await headerFields(text, file));
  });
});

describe('a saved page with its site chrome above the form', () => {
  it('reads a run-together form whose title follows the chrome (c-14)', async () => {
    const file = 'c-14-ningxia-2022.txt';
    const text = readFileSync(new URL(file, DEVSET_DIR), 'utf8');
    expect(await headerFields(CHROME + text, file)).toEqual(await headerFields(text, file));
  });
});
