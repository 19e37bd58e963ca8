import type { Lang } from './lang';

/**
 * The recognizer's reasons for a line it left unparsed, in Chinese. The contract stores them in
 * English as the recognizer gives them (`unparsed_lines.reason`, some with a line number or the
 * figures that decided); the page shows them in its language, the stored text kept as the
 * tooltip. A reason without a translation here is shown as stored.
 */
const IN_CHINESE: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/^table row outside any form or list$/, () => '表格行不在任何表单或清单内'],
  [/^paragraph outside any form or list$/, () => '段落不在任何表单或清单内'],
  [/^paragraph inside a form$/, () => '表单中的段落（不在表格内）'],
  [/^row not recognised inside a form$/, () => '表单内未能识别的行'],
  [/^row after the 总分 row not recognised$/, () => '总分行之后未能识别的行'],
  [/^stray OCR fragment after the 评分等级 row$/, () => '评分等级行之后的 OCR 残片'],
  [/^a second 项目名称 row before the funds block: OCR garble of the form head$/, () => '资金栏之前的第二个项目名称行：表头的 OCR 乱码'],
  [/^a row of the form head without its label \(OCR lost it\): its text is not assigned$/, () => '表头行缺少标签（OCR 丢失）：其内容未归入任何栏目'],
  [/^a 合计 row of amounts \(figures above 100 points\), not the form's score total$/, () => '金额合计行（数字超过 100 分），不是表单总分'],
  [/^garbled copy of the 总分 row \(line (\d+)\): bare numbers, no indicator text$/, (m) => `总分行（第 ${m[1]} 行）的乱码副本：只有数字，没有指标文字`],
  [
    /^garbled OCR row(?:, same weight\/score as line (\d+))?: counting its (\S+) would push the indicators past the printed total (\S+)$/,
    (m) => `OCR 乱码行${m[1] ? `（分值/得分与第 ${m[1]} 行相同）` : ''}：计入其 ${m[2]} 将使指标得分合计超过表上总分 ${m[3]}`,
  ],
  [/^OCR noise inside the indicator table: no indicator, label or name text$/, () => '指标表中的 OCR 噪声：没有指标、栏目或名称文字'],
  [/^a form title with no form after it$/, () => '表单标题之后没有表单'],
  [/^a target table title with no target table after it \(no name, agency, funds or indicators\)$/, () => '目标表标题之后没有目标表（没有名称、单位、资金或指标）'],
  [/^a 合计 row before the indicator table: a total of amounts, not the form's score$/, () => '指标表之前的合计行：是金额合计，不是表单得分'],
  [/^head fields of a report cover \(no title, funds, goal or indicator table of a form\)$/, () => '报告封面的表头栏目（没有表单标题、资金、目标或指标表）'],
  [/^a copy of the form on line (\d+)$/, (m) => `与第 ${m[1]} 行起的表单重复`],
  [/^a row of a wide target table whose head cells name no project$/, () => '宽表式目标表中未写明项目的行'],
  [/^indicator row of a wide target table before any project$/, () => '宽表式目标表中位于所有项目之前的指标行'],
  [/^a column or row of an allocation table after its 序号 \(a list of projects\), no form$/, () => '序号之后的分配表栏目或行（项目清单），不是表单'],
  [/^a sample form \(a placeholder project name, no funds, goal or indicators\)$/, () => '填写样例（项目名称为占位文字，没有资金、目标或指标）'],
  [/^not reached by the recognizer$/, () => '识别器未读到此行'],
];

/** A stored reason in the page's language (as stored in English, or when no translation matches). */
export function unparsedReason(reason: string, lang: Lang): string {
  if (lang === 'en') return reason;
  for (const [pattern, words] of IN_CHINESE) {
    const match = pattern.exec(reason);
    if (match) return words(match);
  }
  return reason;
}
