/**
 * A scanned form's rulings and stamp edges that OCR read as letters: a lone one- or two-letter lower-case word between the
 * cells of a line (`项目名称 t <project> j 项目代码 …`, `年度预算 ( 万元 ) 68.40 e 其中 财政拨款 …`, `≥99 % rn`: a signed
 * 申报表's text layer, w-04). A word stands alone after a character, a closing bracket or `%` and before the next
 * character, a `|` or the line's end; after a figure only when it is no unit (`5 km`, `12 t`).
 */
const STRAY_AFTER_TEXT = /(?<=[\u3400-\u9fff%)）]) [a-z]{1,2}(?= [\u3400-\u9fff|]| *$)/gu;
const STRAY_AFTER_FIGURE = /(?<=\d) (?!(?:[mgtlh]|k[gmwl]|m[lw]|cm|mm)(?= |$))[a-z]{1,2}(?= [\u3400-\u9fff|]| *$)/gu;

/** The line without the stray letters OCR left between its cells (the same string when it has none). */
export function withoutStrayLetters(text: string): string {
  return /[a-z]/.test(text) ? text.replace(STRAY_AFTER_TEXT, '').replace(STRAY_AFTER_FIGURE, '') : text;
}
