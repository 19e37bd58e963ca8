/**
 * The development set (tests/fixtures/README.md): forms written anew in the layouts of real published
 * forms from eighteen provinces, each with the header fields a careful reviewer reads off it. What ingest
 * reads is compared field by field; the fields it does not read are pinned by name, so that a change
 * that loses one more (or wins one) shows here. The `c-` fixtures are a hold-out written after the
 * recognizer, from real pages it had never read (63.2% of their header fields on the real texts then);
 * what they showed was fixed in the vocabulary and the recognizer, and their remaining pins are its
 * measured gaps. The `d-` fixtures are a second hold-out, from real pages read after those fixes
 * (50.0% of their header fields on the real texts), since fixed but for their pins below. The `e-` fixtures are a third hold-out,
 * from real pages read after the d- fixes (70.0% of their header fields on the real texts, 81.3% after its fixes). The `f-` fixtures
 * are a fourth, from real pages read after the e- fixes (73.5% of their header fields on the real texts, 97.1% after its fixes). The
 * `g-` fixtures are a fifth, from real pages read after the f- fixes (83.7% of their header fields on the real texts, 100% after its
 * fixes, which also read twelve more fields of the c- to f- hold-outs). The `h-` fixtures are a sixth, from real pages read after
 * the g- fixes (91.7% of their header fields on the real texts, 100% after its fixes). The `i-` fixtures are a seventh, from real
 * pages read after the h- fixes (77.3% of their header fields on the real texts, 100% after its fixes). The `j-` fixtures are an
 * eighth, from real pages read after the i- fixes (54.2% of their header fields on the real texts, 100% after its fixes).
 */
import { describe, expect, it } from 'vitest';
import { devsetFiles, scoreFixture, type FieldResult } from './devset';

/** Fields not read, with why (each pinned: a fix removes it from here). */
const NOT_READ: Record<string, string[]> = {
  // The 年初预算 label is split off before 项目资金 (年初预算 数 0), a column of the header; the row prints five figures for
  // its six columns, the executed amount spilled after them (`86.3275 — 100% —`), where no column reaches it.
  'c-01-shanxi-2021.txt': ['1.executed'],
  // PDF text out of reading order (county rubric template): the project value lands after 单位领导审签: (the title, the
  // template's name after the county's, names none; the file name heading the page names the agency, read as the department,
  // and a shorter name of the project than the form's), the amounts sit under the 中央/省、地/本级/其他/合计/执行数 source columns.
  // (Its `合计` row of amounts before the indicator table is no longer taken for the score total, so `自评总分: 92` is read.)
  'c-12-hubei-2021.txt': ['1.project', '1.budget_full_year', '1.executed', '1.execution_rate_reported'],
  // The rate 84.50 has no % and is glued to the weight and score (.45.12.884.50108.45).
  'c-16-chongqing-2023.txt': ['1.execution_rate_reported'],
  // The second hold-out (d-): measured on the real pages before these fixtures were written (50 of 100 fields), then fixed
  // (traditional titles, 申报表 titles with 年, a title named in a notice, forms in a metadata cell, labels); what stays:
  // Sichuan's 2024 transfer-payment `…绩效评价表`: no 项目名称/主管部门 (the title names both, and both are read from it); the
  // header's first line (行次 | 全年预算数 (A) | … | 预算到位) is read, but `全年执行资金 (E) | 预算执行` stands below a
  // `(D/C×100%)` note and is no column of it.
  'd-09-sichuan-2024.txt': ['1.executed', '1.execution_rate_reported'],
  // Traditional 部门整体 form: the department sits between the halves of its label (`省級預算` / value / `部門名稱`; `年初` and
  // `全年` after it, a broken header's pieces, are no longer read as it); the funds header broke over three lines and the text
  // ends inside the total row.
  'd-14-hunan-2021.txt': ['1.department', '1.budget_initial'],
  // The third hold-out (e-): measured on the real pages (with the d- fixes in) before these fixtures were written (56 of 80
  // fields), then fixed (预算单位, 单位名称 and 转移支付预算数/执行数 labels, an amount with a bracketed breakdown, a target table's
  // total from its one 其中 row, an allocation table no list of forms, the project named by a title without its place and year);
  // what stays:
  // A 财政支出绩效评价报告 run together: its cover (项目名称: 2017年…) is no form (head fields only); the self-evaluation is its
  // rubric (titled 项目绩效目标表) with the 项目基本信息, whose project the rubric names `2017年度…`.
  'e-05-hainan-unknown.txt': ['1.project'],
  // Checklist template (指标名称/指标解释/记录/支撑材料): the form ends at its first numbered list of evidence, before the money
  // (`…资金合计(万元) 年度预算资金总额): 736.40`, label → value, no funds header).
  'e-07-chongqing-2024.txt': ['1.budget_full_year'],
  // The fourth hold-out (f-): measured on the real pages (with the e- fixes in) before these fixtures were written (50 of 68
  // fields), then fixed (a department's target tables as one wide table, report covers, 部门 as a cell-only label, a lone 总分
  // figure in a table without 分值, 合计 rows of amounts, the year from 项目起止时间, label synonyms); what stays:
  // PDF text with the label column first and the values after it, run into the next labels (`…统防统治专项属性…`,
  // `县植保植检站资金总额(万元)36`): no project (the title is the template's name) and no department (its label is followed by the
  // other labels, `部门相应职能职 | 责概述` joined back into one, which had been read as it).
  'f-11-hunan-2018.txt': ['1.project', '1.department'],
  // The budget system's templates: m- (the layouts its configuration implies, written after its labels were added) read whole;
  // n- (its other provinces' layouts, written after the m- fixes: 72 of 76 fields on first sight, 75 after its fixes), what stays:
  // Hubei's 项目申报表 states no year but in the page heading (`…2024年部门预算项目绩效目标公开`, no 年度) and as 起始年度 of a
  // project running to 2026 (a project's first year is no form's year).
  'n-10-hubei-2024.txt': ['1.year'],
  // The t- fixtures: other vendors' and agencies' systems (tests/fixtures/README.md, "Fixtures t-…"), 21 of 36 fields on
  // first sight, 35 after its fixes; what stays:
  // t-05: the SASAC system's 预算项目立项 page prints no 年度 but its 项目开始年份 (a project's first year is no form's year: n-10).
  't-05-jiangsu-2024.html': ['1.year'],
  // The v- hold-out (tests/fixtures/README.md, "Fixtures v-…"): real pages read as they are, 25 of 32 fields on first sight (the
  // real pages and their fixtures alike), 31 of 32 after its fixes; what stays:
  // v-10: the target table states no year; the notice run together before it is dated 2022年5月17日 and names 2021年第三季度 for
  // the events its money rewards (a year from the date over the sentence's would be a guess).
  'v-10-hainan-2022.txt': ['1.year'],
  // The tenth hold-out (u-): measured on the real pages before these fixtures were written (12 of 24 header fields, 9 of 13
  // pages' form counts right), 19 of 24 and 12 of 13 after its fixes; what stays:
  // d-15's 部门整体支出绩效目标申报表 (read since its head row opening with 填报日期 is the head, not a sign-off): the 当年 合计
  // printed with a space inside the figure (`412.507 6`, = 412.5076) — joining two figures would be a guess.
  'u-03-hubei-2021.txt': ['1.budget_full_year'],
  // A target table by town (a column per indicator), titled with the fund's name, no 项目名称, no money, cut in its header: no form.
  'u-04-fujian-2025.txt': ['1.project', '1.department', '1.year', '1.budget_full_year'],
};

/** Files where ingest finds another number of forms than the expectation states (each pinned: a fix removes it from here). */
const FORMS_READ: Record<string, number> = {
  'u-04-fujian-2025.txt': 0,
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
    if (expected.forms.length === 0) expect(scored.formsRead).toBe(FORMS_READ[file] ?? 0);
    else expect(scored.formsRead).toBe(FORMS_READ[file] ?? expected.forms.length);
  });

  // The hold-outs' remaining gaps (text out of reading order, templates met once) keep the whole set at 98.2% (809 of 824; 877 of
  // 892 with the budget system's m- layouts; 952 of 968 with its n- layouts, read 72 of 76 on first sight; 1016 of 1032 with its
  // Excel 2003 XML exports, q-, read 41 of 56 on first sight; 1024 of 1040 with q-09 and q-10; 1072 of 1088 with r-, read 45
  // of 48 on first sight; 1096 of 1112 with s-, read 19 of 24 on first sight; 1131 of 1148 with other systems' t-, read 21 of
  // 36 on first sight; 1135 of 1152 with t-08, read 0 of 4 on first sight;
  // 1139 of 1156 with t-09 and t-10, read 0 of 4 on first sight; 1170 of 1188 with the v- hold-out, read 25 of 32 on first
  // sight, 31 of 32 after its fixes), the a- and b- set at 100%
  // (212 of 212): the floors here are those measured figures, the pins above say which fields.
  it('reads every header field of a- and b-, 98% with the c- to n- hold-outs and layouts', () => {
    const all = [...results.values()].flatMap((result) => result.fields);
    expect(all.length).toBeGreaterThan(350);
    const share = (fields: FieldResult[]) => fields.filter((field) => field.ok).length / fields.length;
    const devset = all.filter((field) => /^[ab]-/.test(field.file));
    expect(share(devset)).toBe(1);
    // 1151 of 1180 with the u- hold-out as first seen (12 of its 24 fields); 1159 of 1180 after its fixes (19 of 24, and d-15's
    // department). 1210 of 1248 with the w- fixtures as first seen (20 of their 36 fields); 1226 of 1248 after their fixes (36
    // of 36).
    expect(share(all)).toBeGreaterThanOrEqual(0.98);
  });
});
