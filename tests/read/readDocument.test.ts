import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/parse/recognize';
import { readDocument } from '../../src/read/readDocument';
import { compoundFile } from './support/compoundFile';
import { fixture, rowWith, textsFrom } from './support/fixtures';
import { docxWithBody, withDeclaredSize } from './support/zip';

const FORMS = ['form.html', 'form.docx', 'form.doc', 'form.xml.doc', 'form.flat.xml', 'form.xlsx', 'form.xls', 'form.pdf', 'form.chrome.pdf', 'form.txt', 'form.csv'] as const;

async function grid(name: string) {
  const result = await readDocument(fixture(name), name);
  if (!result.ok) throw new Error(`${name}: ${result.error}`);
  return result.grid;
}

describe('readDocument reads the same form in every format', () => {
  it.each(FORMS)('%s: the 年度资金总额 row carries the same figures', async (name) => {
    expect(textsFrom(rowWith(await grid(name), '年度资金总额'), '年度资金总额')).toEqual(['年度资金总额', '280.00', '300.00', '280.17', '10', '93.39%', '9.34']);
  });

  it.each(FORMS)('%s: the recognizer reads the same self-evaluation from its grid', async (name) => {
    const form = recognize(await grid(name), name).selfEvaluations.find((evaluation) => evaluation.project !== null)!;
    expect([form.project?.text, form.department?.text, form.implementingUnit?.text, form.year?.text]).toEqual(['农村饮水安全工程维修养护项目', '青禾县水利局', '青禾县农村供水管理站', '（2024年度）']);
    expect(Object.values(form.funds).map((cell) => cell?.text)).toEqual(['280.00', '300.00', '280.17', '10', '93.39%', '9.34']);
    expect(form.indicators.map((row) => [row.level1?.text.replace('\n', ''), row.level2?.text, row.name.text, row.target?.text, row.actual?.text, row.weight?.text, row.score?.text])).toEqual([
      ['产出指标（50分）', '数量指标', '维修养护供水工程', '≥45处', '48处', '10', '10'],
      ['产出指标（50分）', '数量指标', '更换老旧管网长度', '≥12公里', '12.6公里', '10', '10'],
      ['产出指标（50分）', '质量指标', '工程验收合格率', '100%', '100%', '10', '10'],
      ['产出指标（50分）', '时效指标', '维修任务完成时限', '2024年11月底前', '2024年11月25日', '10', '10'],
      ['产出指标（50分）', '成本指标', '单处工程平均维修成本', '≤6.2万元', '5.84万元', '10', '10'],
      ['效益指标（30分）', '社会效益指标', '受益农村人口', '≥5.6万人', '5.82万人', '10', '10'],
      ['效益指标（30分）', '社会效益指标', '农村自来水普及率', '≥92%', '91.5%', '10', '8'],
      ['效益指标（30分）', '可持续影响指标', '工程运行管护机制', '长效运行', '已建立县乡村三级管护机制', '10', '10'],
      ['满意度指标（10分）', '服务对象满意度指标', '受益群众满意度', '≥90%', '93.6%', '10', '10'],
    ]);
    expect(form.indicators[6]?.deviationNote?.text).toBe('部分偏远山区自然村居住分散、管网延伸成本高，未达目标；下一步争取省级补助资金，分批延伸管网。');
    expect([form.totalWeight?.text, form.totalScore?.text, form.warnings]).toEqual(['100', '97.34', []]);
  });

  it('reads one self-evaluation from the text and CSV forms', async () => {
    for (const name of ['form.txt', 'form.csv']) expect(recognize(await grid(name), name).selfEvaluations).toHaveLength(1);
  });

  // The page's title (青禾县水利局2024年度项目支出绩效自评表, the <h1> above the click count and the narrative) opens no form of its own.
  for (const name of ['form.html', 'form.docx', 'form.doc', 'form.xml.doc', 'form.flat.xml', 'form.xlsx', 'form.xls', 'form.pdf', 'form.chrome.pdf']) {
    it(`${name}: reads one self-evaluation, not also an empty one at the page title`, async () => {
      expect(recognize(await grid(name), name).selfEvaluations).toHaveLength(1);
    });
  }

  it.each(['target.html', 'target.docx', 'target.doc', 'target.xml.doc', 'target.flat.xml', 'target.xlsx', 'target.xls', 'target.pdf', 'target.chrome.pdf'])('%s: the recognizer reads the same target table', async (name) => {
    const table = recognize(await grid(name), name).targetTables[0];
    expect([table?.project?.text, table?.budgetTotal?.text, table?.budgetFiscal?.text, table?.budgetOther?.text]).toEqual(['农村饮水安全工程维修养护项目', '320.00', '320.00', '0.00']);
    expect(table?.indicators.map((row) => `${row.level1?.text}/${row.level2?.text}/${row.name.text}/${row.target?.text}`)).toEqual([
      '产出指标/数量指标/维修养护供水工程/≥50处',
      '产出指标/质量指标/工程验收合格率/100%',
      '产出指标/成本指标/单处工程平均维修成本/≤6万元',
      '效益指标/社会效益指标/受益农村人口/≥6万人',
      '满意度指标/服务对象满意度指标/受益群众满意度/≥90%',
    ]);
  });

  it('reads the CJK radicals of a page Chromium saved as PDF (⻘⽲县⽔利局) as the ideographs, and says so', async () => {
    const raw = await (await import('../../src/read/pdf')).readPdf(fixture('form.chrome.pdf'));
    if (!raw.ok) throw new Error(raw.error);
    expect(raw.grid.text).toContain('⻘⽲县⽔利局');
    const read = await grid('form.chrome.pdf');
    expect(read.text).not.toMatch(/[\u2e80-\u2fdf]/u);
    expect(read.text.split('\n')).toHaveLength(raw.grid.text.split('\n').length);
    expect(textsFrom(rowWith(read, '主管部门'), '主管部门')).toEqual(['主管部门', '青禾县水利局', '实施单位', '青禾县农村供水管理站']);
    expect(read.notes).toEqual([expect.stringMatching(/^\d+ cells: CJK radicals read as the ideographs they stand for \(⻘ → 青\)$/)]);
  });

  it("reads a mirror site's traditional page (項(xiàng)目名稱) without its pinyin notes in every format, not only as text", async () => {
    // The dev set's a-09 / d-05 / d-06 / f-01 as an agency's .html, .xlsx (and Word, PDF): no label was found while the notes stayed.
    const rows = [['項(xiàng)目名稱', '2020年省級森林防火專項(xiàng)補(bǔ)助經(jīng)費(fèi)'], ['主管部門', '麗江市林業和草原局', '實(shí)施單位', '玉龍縣林業和草原局'], ['全年預(yù)算數(shù)(A)', '15.60']];
    const page = `<table>${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</table>`;
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'Sheet1');
    const files: [string, Uint8Array][] = [['mirror.html', new TextEncoder().encode(page)], ['mirror.xlsx', new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)]];
    for (const [name, bytes] of files) {
      const read = await readDocument(bytes, name);
      if (!read.ok) throw new Error(read.error);
      expect(textsFrom(rowWith(read.grid, '項目名稱'), '項目名稱'), name).toEqual(['項目名稱', '2020年省級森林防火專項補助經費']);
      expect(textsFrom(rowWith(read.grid, '全年預算數(A)'), '全年預算數(A)'), name).toEqual(['全年預算數(A)', '15.60']);
      expect(read.grid.notes, name).toContain("4 cells: a mirror site's pinyin notes dropped (項(xiàng)目 → 項目)");
      expect(recognize(read.grid, name).selfEvaluations.concat(recognize(read.grid, name).targetTables as never).map((form) => form.project?.text), name).toEqual(['2020年省級森林防火專項補助經費']);
    }
  });

  it('gives each format its own grid format and layout', async () => {
    const seen = await Promise.all(FORMS.map(async (name) => `${(await grid(name)).format}/${(await grid(name)).layout}`));
    expect(seen).toEqual(['html/html-tables', 'docx/word-tables', 'doc/word-tables', 'wordxml/word-tables', 'wordxml/word-tables', 'xlsx/sheets', 'xls/sheets', 'pdf/pdf-text', 'pdf/pdf-text', 'txt/cell-per-line', 'csv/sheets']);
  });
});

describe('readDocument never throws on bad input', () => {
  it('an encrypted .xlsx gives the encrypted message', async () => {
    expect(await readDocument(compoundFile(['EncryptionInfo', 'EncryptedPackage']), '自评表.xlsx')).toEqual({
      ok: false,
      error: '文件有密码保护（已加密），无法读取；请在 Office/WPS 中取消密码后另存，再读取。 / The file is password-protected (encrypted); remove the password in Office/WPS, save it, and read the saved copy.',
    });
  });

  it('an empty file, and one over the 100 MB cap without looking further', async () => {
    expect(await readDocument(new Uint8Array(0), 'a.pdf')).toEqual({ ok: false, error: expect.stringMatching(/^文件为空（0 字节）/) });
    expect(await readDocument(new Uint8Array(100 * 1024 * 1024 + 1), 'big.xlsx')).toEqual({
      ok: false,
      error: '文件过大（100 MB），超过 100 MB 的上限；请拆分后再读取。 / The file is too large (100 MB, the limit is 100 MB); split it and read the parts.',
    });
  });

  it('a workbook or a page with no text in it', async () => {
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([]), '自评表');
    const xlsx = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(await readDocument(xlsx, 'blank.xlsx')).toEqual({
      ok: false,
      error: 'Excel (.xlsx) 文件中没有读到任何文字（空白或已损坏）；请检查文件，或提供原件。 / No text was found in the Excel (.xlsx) file (blank or damaged); check the file, or provide the original.',
    });
    expect(await readDocument(new TextEncoder().encode('<html><body><script>alert(1)</script></body></html>'), 'a.html')).toEqual({ ok: false, error: expect.stringMatching(/^HTML 文件中没有读到任何文字/) });
  });

  it('a zip bomb, a corrupt .docx, a scan, a .doc without its text and an unknown binary', async () => {
    const bomb = withDeclaredSize(docxWithBody('<w:p><w:r><w:t>甲</w:t></w:r></w:p>'), 200 * 1024 * 1024);
    expect(await readDocument(bomb, 'bomb.docx')).toEqual({ ok: false, error: expect.stringContaining('zip bomb') });
    const docx = fixture('form.docx');
    expect(await readDocument(docx.subarray(0, docx.length - 200), 'form.docx')).toEqual({ ok: false, error: expect.stringMatching(/^Word \(\.docx\) 文件已损坏/) });
    expect(await readDocument(fixture('scanned.pdf'), 'scanned.pdf')).toEqual({ ok: false, error: expect.stringMatching(/^PDF 是扫描件（没有文字层）/) });
    expect(await readDocument(compoundFile(['WordDocument']), '自评表.doc')).toEqual({ ok: false, error: expect.stringMatching(/^Word \(\.doc\) 文件已损坏，无法读取/) });
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(await readDocument(binary, 'data.bin')).toEqual({ ok: false, error: expect.stringMatching(/^无法识别的文件格式（not a text document.*\/ Unrecognized file format/) });
  });
});

describe('readDocument on damaged copies of every fixture', () => {
  /** A deterministic pseudo-random sequence (mulberry32), so a failure can be replayed. */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it.each([...FORMS, 'target.docx', 'target.xlsx', 'scanned.pdf'])('%s: truncated or with bytes overwritten, it answers and never throws', async (name) => {
    const bytes = fixture(name);
    const next = random(name.length * 7919);
    for (let copy = 0; copy < 8; copy++) {
      const damaged = copy % 2 === 0 ? bytes.slice(0, Math.floor(next() * bytes.length)) : bytes.slice();
      if (copy % 2 === 1) for (let i = 0; i < 16; i++) damaged[Math.floor(next() * damaged.length)] = Math.floor(next() * 256);
      const result = await readDocument(damaged, name);
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(result.error).toMatch(/[\u4e00-\u9fff].* \/ [A-Z]/);
    }
  });
});
