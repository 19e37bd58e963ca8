/**
 * The development set (tests/fixtures/README.md): forms written anew in the layouts of real published
 * forms from fifteen provinces, each with the header fields a careful reviewer reads off it. What ingest
 * reads is compared field by field; the fields it does not read are pinned by name, so that a change
 * that loses one more (or wins one) shows here. The `c-` fixtures are a hold-out written after the
 * recognizer, from real pages it had never read (63.2% of their header fields on the real texts then);
 * what they showed was fixed in the vocabulary and the recognizer, and their remaining pins are its
 * measured gaps.
 */
import { describe, expect, it } from 'vitest';
import { devsetFiles, scoreFixture, type FieldResult } from './devset';

/** Fields not read, with why (each pinned: a fix removes it from here). */
const NOT_READ: Record<string, string[]> = {
  // A target table whose annual amount is only the 合计 of a cost table run together with two prior years (`合计685644.76669.9`).
  'a-17-hubei-2022.txt': ['1.budget_full_year'],
  // PDF text out of reading order: the second form's executed amount and rate stand after 实施单位 and 年度总体目标, its
  // funds row keeps only `36000.00 36000.00 4.10`. (The first form's rate and both totals are placed by arithmetic.)
  'b-05-shanghai-2022.txt': ['2.budget_initial', '2.executed', '2.execution_rate_reported'],
  // The 年初预算 label is split off before 项目资金 (年初预算 数 0) and the row prints five figures for six columns; read in
  // order, 全年预算数 takes the 0 (the expectation infers 86.3275 from the printed 100%).
  'c-01-shanxi-2021.txt': ['1.budget_initial', '1.budget_full_year'],
  // PDF text out of reading order (county rubric template): the project value lands after 单位领导审签:, `项目主管单 位` is split,
  // the amounts sit under the 中央/省、地/本级/其他/合计/执行数 source columns, `自评总分: 92` is in the head.
  'c-12-hubei-2021.txt': ['1.project', '1.department', '1.budget_full_year', '1.executed', '1.execution_rate_reported', '1.total_score'],
  // OCR run together: the funds figures stand in the 自治区补助 row after the labels, with 万元 (180万元 / 162.36万元 / 90.2%), and
  // 全年预算数(A) 180 reads as a label → value pair apart from its header.
  'c-14-ningxia-2022.txt': ['1.budget_full_year', '1.executed', '1.execution_rate_reported'],
  // The rate 84.50 has no % and is glued to the weight and score (.45.12.884.50108.45).
  'c-16-chongqing-2023.txt': ['1.execution_rate_reported'],
  // 区域绩效目标表 below a notice: the year is only in the notice's text (提前下达2022年…), not in the table.
  'c-17-chongqing-2022.txt': ['1.year'],
};

const files = devsetFiles();
const results = new Map<string, { fields: FieldResult[]; formsRead: number }>();

describe('the development set', () => {
  it('holds at least 25 forms from at least 10 provinces, narrative reports beside them', () => {
    const forms = files.flatMap(({ file, expected }) => (file.endsWith('.html') ? [] : expected.forms.map(() => expected.province)));
    expect(forms.length).toBeGreaterThanOrEqual(25);
    expect(new Set(forms).size).toBeGreaterThanOrEqual(10);
  });

  it.each(files.map(({ file, expected }) => [file, expected] as const))('%s: the header fields it states', async (file, expected) => {
    const scored = await scoreFixture(file, expected);
    results.set(file, scored);
    const missed = scored.fields.filter((field) => !field.ok).map((field) => `${field.form}.${field.field}`);
    expect(missed, JSON.stringify(scored.fields.filter((field) => !field.ok))).toEqual(NOT_READ[file] ?? []);
    // A narrative report holds no form, and none is made up from it.
    if (expected.forms.length === 0) expect(scored.formsRead).toBe(0);
    else expect(scored.formsRead).toBe(expected.forms.length);
  });

  it('reads at least 98% of the header fields of a- and b- (99% without the one text out of reading order), 95% with the c- hold-out', () => {
    const all = [...results.values()].flatMap((result) => result.fields);
    expect(all.length).toBeGreaterThan(350);
    const share = (fields: FieldResult[]) => fields.filter((field) => field.ok).length / fields.length;
    const devset = all.filter((field) => !field.file.startsWith('c-'));
    expect(share(devset)).toBeGreaterThanOrEqual(0.98);
    expect(share(devset.filter((field) => field.file !== 'b-05-shanghai-2022.txt'))).toBeGreaterThanOrEqual(0.99);
    expect(share(all)).toBeGreaterThanOrEqual(0.95);
  });
});
